/**
 * Node-only: the program of the search index's worker thread
 * (index-pool-fs.ts). Node loads it from the project's source, never from a
 * bundle; it builds the files with the same code as the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { searchIndexFilesOf } from './shards.ts';
import type { SearchDoc } from './types.ts';

if (!parentPort) throw new Error('index-worker-fs.ts runs on a worker thread of index-pool-fs.ts');
const port = parentPort;

port.on('message', ({ id, input }: { id: number; input: SearchDoc[] }) => {
  try {
    port.postMessage({ id, output: searchIndexFilesOf(input) });
  } catch (error) {
    port.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
