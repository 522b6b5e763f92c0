/**
 * Node-only: the search index's files built on a worker thread. Building
 * the inverted index and cutting it into shards is a second of one thread
 * at 10,000 digests, and nothing else needs it until the search routes are
 * listed; on a worker it runs beside the listing of every other page. The
 * documents are taken from the graph on the calling thread, and only they
 * cross to the worker. Where the worker's program cannot be found or the
 * worker fails, the files are built on the calling thread: the same code,
 * the same files.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EntityGraph } from '../graph.ts';
import { WorkerPool, workerProgram } from '../worker-pool-fs.ts';
import { searchDocuments } from './documents.ts';
import { type SearchIndexFiles, searchIndexFilesOf } from './shards.ts';
import type { SearchDoc } from './types.ts';

/** searchIndexFiles(graph), built on a worker thread (`workerModule` null: on the calling thread). */
export async function searchIndexFilesOnWorker(
  graph: EntityGraph,
  { workerModule = workerProgram('search/index-worker-fs.ts') }: { workerModule?: string | null | undefined } = {},
): Promise<SearchIndexFiles> {
  const docs = searchDocuments(graph);
  if (!workerModule) return searchIndexFilesOf(docs);
  const pool = new WorkerPool<SearchDoc[], SearchIndexFiles>({ what: 'search index', threads: 1, spawn: () => new Worker(pathToFileURL(workerModule)) });
  try {
    return await pool.run(docs);
  } catch (error) {
    console.warn(`The search index is built on the main thread instead: ${(error as Error).message}`);
    return searchIndexFilesOf(docs);
  } finally {
    await pool.close();
  }
}
