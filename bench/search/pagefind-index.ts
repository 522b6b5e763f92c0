/** Indexes a built site with Pagefind, the peer our search is measured against. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

export interface PagefindIndexResult {
  ms: number;
  pages: number;
  /** Size of the index folder on disk (Pagefind writes it compressed). */
  bytes: number;
}

/** Writes `<dist>/pagefind/` for every HTML page in `dist`. */
export async function indexWithPagefind(dist: string): Promise<PagefindIndexResult> {
  const started = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await close();
  const ms = performance.now() - started;
  const files = await readdir(join(dist, 'pagefind'), { recursive: true, withFileTypes: true });
  let bytes = 0;
  for (const f of files) if (f.isFile()) bytes += (await stat(join(f.parentPath, f.name))).size;
  return { ms, pages: added.page_count, bytes };
}
