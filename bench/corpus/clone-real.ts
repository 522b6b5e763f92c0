/**
 * Node-only: the real content with its digests cloned to N, the denser of the
 * two benchmark corpora (real digests link more entities and carry more
 * claims than generated ones). Clone k of digest d gets the id `d-c<k>`;
 * everything else is copied as it is, so references still resolve.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a cloned corpus goes when no folder is given: the system temp folder. */
export function defaultClonedDir(digests: number): string {
  return join(tmpdir(), `digest-corpus-real-${digests}`);
}

/** Replaces `dir` with the content tree at `source`, its digests cloned up to `digests` in all. */
export async function writeClonedCorpus(source: string, dir: string, digests: number): Promise<{ files: number }> {
  await rm(dir, { recursive: true, force: true });
  await cp(source, dir, { recursive: true });
  const folder = join(dir, 'digests');
  const originals = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  const texts = await Promise.all(originals.map((name) => readFile(join(folder, name), 'utf8')));
  let files = (await readdir(dir, { recursive: true })).length;
  for (let i = originals.length; i < digests; i++) {
    const at = i % originals.length;
    const clone = Math.floor(i / originals.length);
    await writeFile(join(folder, `${originals[at]!.slice(0, -3)}-c${clone}.md`), texts[at]!);
    files++;
  }
  return { files };
}
