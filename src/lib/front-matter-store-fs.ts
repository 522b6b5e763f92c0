/**
 * Node-only: front matter found valid, kept between builds in one file of
 * the cache folder. Reading the YAML and validating it was most of a parse
 * (1.4 s of CPU for 10,000 digests); one JSON file read back is a fraction.
 *
 * Entries are found by a hash of the collection and the front matter's exact
 * text, in the folder of the content pipeline's version (render-store-fs.ts),
 * so a change to the text, a schema or the parser is a miss, never a stale
 * hit. The file's first line is a hash of the rest: a file damaged or changed
 * by hand is ignored and written anew. It keeps the entries this process
 * used, so it does not outgrow the content.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FrontMatterStore } from './corpus.ts';

export interface SavedFrontMatterStore extends FrontMatterStore {
  /** Writes what this run used, if it differs from what was read. */
  save(): void;
}

type Entries = Record<string, Record<string, unknown>>;

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

function readEntries(file: string): Entries {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const newline = text.indexOf('\n');
  const json = text.slice(newline + 1);
  if (newline < 0 || text.slice(0, newline) !== sha(json)) return {};
  const entries: unknown = JSON.parse(json);
  return entries !== null && typeof entries === 'object' ? (entries as Entries) : {};
}

/** A store kept in `file`, read on first use. */
export function frontMatterStore(file: string): SavedFrontMatterStore {
  let stored: Entries | undefined;
  const used = new Map<string, Record<string, unknown>>();
  let added = false;
  const key = (kind: string, frontMatter: string) => createHash('sha256').update(kind).update('\0').update(frontMatter).digest('base64url');
  return {
    get(kind, frontMatter) {
      stored ??= readEntries(file);
      const id = key(kind, frontMatter);
      const data = used.get(id) ?? stored[id];
      if (data) used.set(id, data);
      return data;
    },
    set(kind, frontMatter, data) {
      used.set(key(kind, frontMatter), data);
      added = true;
    },
    save() {
      stored ??= readEntries(file);
      if (!added && used.size === Object.keys(stored).length) return;
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      const json = JSON.stringify(Object.fromEntries(used));
      writeFileSync(temporary, `${sha(json)}\n${json}`);
      renameSync(temporary, file);
      stored = Object.fromEntries(used);
      added = false;
    },
  };
}
