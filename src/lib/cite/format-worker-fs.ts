/**
 * Node-only: the program of a citation worker thread (format-pool-fs.ts).
 * Node loads it from the project's source (it runs TypeScript as it is),
 * never from a bundle; it formats with the same code as the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { CslItem } from './csl.ts';
import { formatItems } from './format.ts';

if (!parentPort) throw new Error('format-worker-fs.ts runs on a worker thread of format-pool-fs.ts');
const port = parentPort;

port.on('message', ({ id, input }: { id: number; input: CslItem[] }) => {
  try {
    port.postMessage({ id, output: formatItems(input) });
  } catch (error) {
    port.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
