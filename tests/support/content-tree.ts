/**
 * Small content trees for tests: start from the fixture corpus on disk,
 * then add, replace or remove files by path (relative to the content root).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../../src/lib/corpus.ts';

export const FIXTURE_ROOT = join(import.meta.dirname, '../fixtures/corpus');

/** The fixture corpus as a map of relative path → text. */
export function fixtureFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(FIXTURE_ROOT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    files.set(absolute.slice(FIXTURE_ROOT.length + 1), readFileSync(absolute, 'utf8'));
  }
  return files;
}

/** The fixture corpus with `changes` applied (a null value removes the file). */
export function contentTree(changes: Record<string, string | null> = {}): SourceFile[] {
  const files = fixtureFiles();
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) files.delete(path);
    else files.set(path, text);
  }
  return [...files].map(([relativePath, text]) => ({ path: `content/${relativePath}`, relativePath, text }));
}

/** A fixture file with one substring replaced; fails loudly if it is not there. */
export function edit(path: string, from: string, to: string): Record<string, string> {
  const text = fixtureFiles().get(path);
  if (text === undefined || !text.includes(from)) throw new Error(`fixture ${path} does not contain ${JSON.stringify(from)}`);
  return { [path]: text.replace(from, to) };
}
