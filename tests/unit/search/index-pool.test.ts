/** The search index built on a worker thread (src/lib/search/index-pool-fs.ts) is the one the main thread builds, file for file. */
import { expect, test, vi } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate.ts';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { searchIndexFilesOnWorker } from '../../../src/lib/search/index-pool-fs.ts';
import { searchIndexFiles } from '../../../src/lib/search/shards.ts';
import { searchIndexByPath } from '../../support/search-files.ts';

const files = [...generateCorpus({ digests: 120, seed: 'index-pool' })].map((f) => ({ path: `content/${f.relativePath}`, relativePath: f.relativePath, text: f.text }));
const graph = buildGraph(parseCorpus(files).corpus);
/** Every published file as the JSON a server sends. */
const served = (index: ReturnType<typeof searchIndexFiles>) => new Map([...searchIndexByPath(index)].map(([path, file]) => [path, JSON.stringify(file)]));

test('the worker’s files are the main thread’s, byte for byte, in as many shards', async () => {
  const here = searchIndexFiles(graph);
  expect(here.words.length).toBeGreaterThan(1);
  expect(served(await searchIndexFilesOnWorker(graph))).toEqual(served(here));
});

test('without a worker program, or when the worker fails, the files are built on the calling thread', async () => {
  const here = served(searchIndexFiles(graph));
  expect(served(await searchIndexFilesOnWorker(graph, { workerModule: null }))).toEqual(here);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(served(await searchIndexFilesOnWorker(graph, { workerModule: '/nonexistent/index-worker-fs.ts' }))).toEqual(here);
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/search index is built on the main thread instead: a search index worker failed/));
  warn.mockRestore();
});
