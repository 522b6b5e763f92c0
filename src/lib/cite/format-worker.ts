/**
 * The program of a citation worker thread (format-pool-fs.ts): formats a
 * digest's items (formatItems), as the main thread would.
 */
import { parentPort } from 'node:worker_threads';
import type { CslItem } from './csl.ts';
import { formatItems } from './format.ts';

parentPort!.on('message', ({ id, input }: { id: number; input: CslItem[] }) => {
  try {
    parentPort!.postMessage({ id, output: formatItems(input) });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
