/**
 * Node-only: keeps a content tree in memory and checks it again whenever a
 * file is saved. Only files whose size or modification time changed are read
 * again; the check itself is the same whole-corpus parse `npm run check`
 * runs, since one changed id can break references anywhere.
 *
 * Folders are watched, not files: editors save by writing a temporary file
 * and renaming it over the old one, and a watch on the old file would go
 * quiet after the first save.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createCorpusCache, parseCorpus, type ParseResult, type SourceFile } from './corpus.ts';
import { prerenderBodies } from './render-pool-fs.ts';

export interface CheckRun {
  result: ParseResult;
  /** Files (relative to the content root) added, changed or removed since the last run; empty for the first. */
  changed: string[];
  /** Time from the first change noticed to the result, in milliseconds. */
  ms: number;
}

/** Saves come as bursts of events (write, rename, chmod): wait this long for the burst to end. */
const SETTLE_MS = 25;

interface Known {
  file: SourceFile;
  stamp: string;
}

/** Checks `root` now and after every change; returns a function that stops watching. */
export async function watchContent(root: string, projectRoot: string, onRun: (run: CheckRun) => void): Promise<() => void> {
  const files = new Map<string, Known>();
  const cache = createCorpusCache();
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let firstChange = 0;
  let running = Promise.resolve();

  const onEvent = () => {
    if (timer === undefined) firstChange = performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const since = firstChange;
      running = running.then(() => scan(since)).catch((error: Error) => console.error(`watch: ${error.message}`));
    }, SETTLE_MS);
  };

  /** Reads what changed (same rules as readContentTree: every file but dotfiles) and checks the tree. */
  const scan = async (since: number) => {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    const seen = new Set<string>();
    const changed: string[] = [];
    for (const dir of [root, ...entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name))]) {
      if (!watchers.has(dir) && !relative(root, dir).split(sep).some((p) => p.startsWith('.'))) watchers.set(dir, watch(dir, onEvent));
    }
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const absolute = join(entry.parentPath, entry.name);
      const relativePath = relative(root, absolute).split(sep).join('/');
      seen.add(relativePath);
      const info = await stat(absolute).catch(() => undefined);
      if (!info) continue;
      const stamp = `${info.size}:${info.mtimeMs}`;
      if (files.get(relativePath)?.stamp === stamp) continue;
      const text = await readFile(absolute, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      files.set(relativePath, { stamp, file: { path: relative(projectRoot, absolute).split(sep).join('/'), relativePath, text } });
      changed.push(relativePath);
    }
    for (const relativePath of files.keys()) {
      if (!seen.has(relativePath)) {
        files.delete(relativePath);
        changed.push(relativePath);
      }
    }
    const first = since === 0;
    if (!changed.length && !first) return;
    const sources = [...files.values()].map((k) => k.file);
    await prerenderBodies(sources, cache);
    onRun({ result: parseCorpus(sources, cache), changed: first ? [] : changed.sort(), ms: performance.now() - (first ? started : since) });
  };

  const started = performance.now();
  await scan(0);
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
  };
}
