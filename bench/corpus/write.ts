/** Node-only: writes a generated corpus to disk. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type CorpusOptions, generateCorpus } from './generate.ts';

/** Where a corpus goes when no folder is given: the system temp folder. */
export function defaultCorpusDir(digests: number, seed: string): string {
  return join(tmpdir(), `digest-corpus-${digests}-${seed.replace(/[^\w.-]/g, '_')}`);
}

/**
 * Replaces `dir` with a fresh corpus. The folder is emptied first, so that a
 * smaller corpus written over a larger one leaves no stray files.
 */
export async function writeCorpus(dir: string, options: Readonly<CorpusOptions>): Promise<{ files: number; bytes: number }> {
  await rm(dir, { recursive: true, force: true });
  // Every folder exists even when empty, as in content/.
  const folders = ['countries', 'actors', 'topics', 'events', 'digests', 'disputes'].map((f) => join(dir, f));
  await Promise.all(folders.map((f) => mkdir(f, { recursive: true })));
  const made = new Set(folders);
  let files = 0;
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const file of generateCorpus(options)) {
    const path = join(dir, file.relativePath);
    const folder = dirname(path);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    batch.push(writeFile(path, file.text));
    files++;
    bytes += Buffer.byteLength(file.text);
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return { files, bytes };
}
