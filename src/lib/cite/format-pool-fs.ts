/**
 * Node-only: citations formatted on worker threads. A cold build renders a
 * cite page per digest on its one main thread; formatting a digest's
 * citations there (its own and its claims', in every style and file) took
 * 0.6 ms a digest, 6 s at 10,000 digests, while the other cores sat idle
 * once the preview cards were drawn. Where the worker's program cannot be
 * found (a bundle run without the source beside it), citations are
 * formatted on the calling thread: the same code, the same text.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkerPool, workerProgram } from '../worker-pool-fs.ts';
import type { CslItem } from './csl.ts';
import { type FormattedItem, formatItems } from './format.ts';

/** Worker threads that format lists of items as formatItems does; none start until a list is given. */
export class CitationPool {
  readonly #pool: WorkerPool<CslItem[], FormattedItem[]> | undefined;

  /** By default one thread per core the main thread leaves (at least one); `workerModule` null formats on the calling thread. */
  constructor({
    threads = Math.max(1, availableParallelism() - 1),
    workerModule = workerProgram('cite/format-worker-fs.ts'),
  }: { threads?: number; workerModule?: string | null } = {}) {
    this.#pool = workerModule
      ? new WorkerPool({ what: 'citation', threads, spawn: () => new Worker(pathToFileURL(workerModule)) })
      : undefined;
  }

  /** formatItems(items), on a worker. */
  format(items: CslItem[]): Promise<FormattedItem[]> {
    return this.#pool ? this.#pool.run(items) : Promise.resolve().then(() => formatItems(items));
  }

  /** Stops every worker; lists still queued are refused. */
  async close(): Promise<void> {
    await this.#pool?.close();
  }
}
