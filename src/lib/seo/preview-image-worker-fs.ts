/**
 * Node-only: the program of a preview-card worker thread
 * (preview-image-pool-fs.ts). Node loads it from the project's source (it
 * runs TypeScript as it is), never from a bundle. Jobs (a card to draw and
 * cache, or a list of cards to write into a build's output folder) are done
 * one after another and answered in the order given, which the pool
 * expects.
 */
import { parentPort } from 'node:worker_threads';
import { type CardJob, drawAndKeep, placeCopies, type PlaceJob } from './preview-image-fs.ts';

if (!parentPort) throw new Error('preview-image-worker-fs.ts runs on a worker thread of preview-image-pool-fs.ts');
const port = parentPort;

let previous = Promise.resolve();
port.on('message', ({ id, input }: { id: number; input: CardJob | PlaceJob }) => {
  previous = previous.then(async () => {
    try {
      if ('place' in input) {
        port.postMessage({ id, output: await placeCopies(input) });
        return;
      }
      const png = await drawAndKeep(input);
      port.postMessage({ id, output: png }, [png.buffer]);
    } catch (error) {
      port.postMessage({ id, error: String((error as Error)?.stack ?? error) });
    }
  });
});
