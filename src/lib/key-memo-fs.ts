/**
 * Node-only: page keys remembered from the build before. A page's cache key
 * is a pure function of the content files, the build's code and its
 * settings, so when all three are what they were, every key is too, and a
 * rebuild need not walk the graph to find them again (at 10,000 digests
 * that walk was a fifth of a rebuild with nothing changed). The memo is
 * one file, found by a fingerprint of all three: anything else, a changed
 * file, a new bundle, a file that cannot be read whole, is a miss, and the
 * keys are computed as usual.
 *
 * Astro runs the pages from its bundle and the integrations from the
 * config: the bundle records the keys it gave, and the build-caches
 * integration (astro.config.mjs) saves them when the build is done. They
 * share the process, not their modules, so the hand-over is held on
 * globalThis (as in output-copies.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SourceFile } from './corpus.ts';

/** Answers by question: page keys by what was asked (see rememberingPageKeys in src/data/page-keys.ts), and the search files' names. */
export type KeyMemo = Map<string, string>;

/** One hash of several parts. */
function fingerprintOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** A hash of the files in `dir` (not its folders): the bundle's folder holds the code that computes keys. */
export function codeVersion(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) hash.update(`${name}\0`).update(createHash('sha256').update(readFileSync(path)).digest('base64url'));
  }
  return hash.digest('base64url');
}

/** What the keys are made from: every content file (path and text), the code that computes them (its `codeVersion`), and the build settings that change pages without changing content. */
export function keyFingerprint(files: readonly SourceFile[], code: string, settings: string): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`\0${file.path}\0`).update(createHash('sha256').update(file.text).digest('base64url'));
  }
  return fingerprintOf(settings, code, hash.digest('base64url'));
}

/** The keys remembered under `fingerprint` in `file`; undefined when there are none, they are another build's, or the file is damaged. */
export function readKeyMemo(file: string, fingerprint: string): KeyMemo | undefined {
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint?: unknown; keys?: unknown } | null;
    if (read?.fingerprint !== fingerprint || typeof read.keys !== 'object' || read.keys === null) return undefined;
    const entries = Object.entries(read.keys);
    return entries.every(([, key]) => typeof key === 'string') ? new Map(entries as [string, string][]) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the memo whole or not at all: to a temporary name, then renamed. */
export function writeKeyMemo(file: string, fingerprint: string, keys: KeyMemo): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ fingerprint, keys: Object.fromEntries(keys) }));
  renameSync(temporary, file);
}

const KEY = Symbol.for('central-asia-security-digest.key-memo');
type Holder = typeof globalThis & { [KEY]?: Map<string, () => void> };

/** Called by the bundle: how to save a memo file once the build is done (a second offer for the same file replaces the first). */
export function offerKeyMemo(file: string, save: () => void): void {
  const holder = globalThis as Holder;
  (holder[KEY] ??= new Map()).set(file, save);
}

/** Called when the build is done: saves what was offered. */
export function saveKeyMemo(): void {
  const holder = globalThis as Holder;
  const offers = holder[KEY];
  delete holder[KEY];
  for (const save of offers?.values() ?? []) save();
}
