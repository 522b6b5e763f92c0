/**
 * Node-only: front matter found valid, kept between builds in the cache
 * folder. Reading the YAML and validating it was most of a parse (1.4 s of
 * CPU for 10,000 digests); JSON read back is a fraction.
 *
 * Entries are found by a hash of the collection and the front matter's exact
 * text, in the folder of the content pipeline's version (render-store-fs.ts),
 * so a change to the text, a schema or the parser is a miss, never a stale
 * hit. They are kept in sixteen files by the hash's first digit, so an edit
 * rewrites one of them (writing the whole store again was 0.3 s of a rebuild
 * at 10,000 digests). Each file's first line is a hash of the rest: a file
 * damaged or changed by hand is ignored and written anew. A file keeps the
 * entries this process used, so the store does not outgrow the content.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrontMatterStore } from './corpus.ts';

export interface SavedFrontMatterStore extends FrontMatterStore {
  /** Writes the files whose entries this run changed (or left unused), and removes the files it did not use at all. */
  save(): void;
}

type Entries = Record<string, Record<string, unknown>>;

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The sixteen files, by the first hex digit of an entry's key. */
const SHARD_FILE = /^[0-9a-f]\.json$/;

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

interface Shard {
  stored: Entries;
  used: Map<string, Record<string, unknown>>;
  added: boolean;
}

/** A store kept in the folder `dir`; each file is read when an entry in it is first asked for. */
export function frontMatterStore(dir: string): SavedFrontMatterStore {
  const shards = new Map<string, Shard>();
  const key = (kind: string, frontMatter: string) => createHash('sha256').update(kind).update('\0').update(frontMatter).digest('hex');
  const shardOf = (id: string) => {
    const name = `${id[0]}.json`;
    let shard = shards.get(name);
    if (!shard) shards.set(name, (shard = { stored: readEntries(join(dir, name)), used: new Map(), added: false }));
    return shard;
  };
  return {
    get(kind, frontMatter) {
      const id = key(kind, frontMatter);
      const shard = shardOf(id);
      const data = shard.used.get(id) ?? shard.stored[id];
      if (data) shard.used.set(id, data);
      return data;
    },
    set(kind, frontMatter, data) {
      const id = key(kind, frontMatter);
      const shard = shardOf(id);
      shard.used.set(id, data);
      shard.added = true;
    },
    save() {
      mkdirSync(dir, { recursive: true });
      for (const name of readdirSync(dir)) {
        if (SHARD_FILE.test(name) && !shards.get(name)?.used.size) rmSync(join(dir, name), { force: true });
      }
      for (const [name, shard] of shards) {
        if (!shard.used.size || (!shard.added && shard.used.size === Object.keys(shard.stored).length)) continue;
        const file = join(dir, name);
        const temporary = `${file}.${process.pid}.tmp`;
        const json = JSON.stringify(Object.fromEntries(shard.used));
        writeFileSync(temporary, `${sha(json)}\n${json}`);
        renameSync(temporary, file);
        shard.stored = Object.fromEntries(shard.used);
        shard.added = false;
      }
    },
  };
}
