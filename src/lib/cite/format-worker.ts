/**
 * The program of a citation worker thread (format-pool-fs.ts): formats a
 * digest's items in every style, as formatCitations does on the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { CslItem } from './csl.ts';
import { formatCitations } from './format.ts';

parentPort!.on('message', ({ id, input }: { id: number; input: CslItem[] }) => {
  try {
    parentPort!.postMessage({ id, output: formatCitations(input) });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error)?.stack ?? error) });
  }
});
