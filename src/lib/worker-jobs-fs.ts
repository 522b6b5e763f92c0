/**
 * Node-only: the worker's side of worker-pool-fs.ts. A worker program calls
 * answerJobs once with what it does to one job's input; each job
 * `{ id, input }` is answered with `{ id, output }` or, if the work throws,
 * `{ id, error }`, one after another in the order given, as the pool expects.
 */
import { parentPort, type Transferable } from 'node:worker_threads';

export function answerJobs<In, Out>(
  program: string,
  work: (input: In) => Out | Promise<Out>,
  /** Buffers of an output to move to the main thread rather than copy. */
  transfer: (output: Out) => Transferable[] = () => [],
): void {
  if (!parentPort) throw new Error(`${program} runs on a worker thread of a worker pool (worker-pool-fs.ts)`);
  const port = parentPort;
  let previous = Promise.resolve();
  port.on('message', ({ id, input }: { id: number; input: In }) => {
    previous = previous.then(async () => {
      try {
        const output = await work(input);
        port.postMessage({ id, output }, transfer(output));
      } catch (error) {
        port.postMessage({ id, error: String((error as Error)?.stack ?? error) });
      }
    });
  });
}
