/**
 * Node-only: CPU-bound jobs spread over worker threads, one per core. The
 * build renders Markdown bodies, preview cards and citations this way. A worker
 * answers `{ id, input }` with `{ id, output }` or `{ id, error }`, in the
 * order it was given jobs (worker programs do so through answerJobs, in
 * worker-jobs-fs.ts). Idle workers do not keep the process alive.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transferable, Worker } from 'node:worker_threads';

/**
 * The source file of a worker's program, by its path under src/lib. Beside
 * this module when it runs from source (the CLI, tests, benchmarks, the dev
 * server); the build bundles this module, and a bundle has no file of the
 * worker's own, so there it is found in the source folder the Astro config
 * names in SOURCE_LIB_DIR. Node runs the TypeScript as it is. Undefined if
 * neither has it.
 */
export function workerProgram(pathInLib: string): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const { SOURCE_LIB_DIR } = process.env;
  return [join(here, pathInLib), SOURCE_LIB_DIR && join(SOURCE_LIB_DIR, pathInLib)].find((file) => file && existsSync(file)) || undefined;
}

interface Job<In, Out> {
  id: number;
  input: In;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

/**
 * Jobs posted to a worker before it finishes the one it is on: it starts the
 * next without waiting for the main thread, which on a busy machine may not
 * get the CPU in time to hand it over.
 */
const JOBS_PER_WORKER = 3;

interface Slot<In, Out> {
  worker: Worker;
  /** Posted and not yet answered, oldest first (a worker answers in order). */
  jobs: Job<In, Out>[];
}

export interface WorkerPoolOptions<In> {
  /** What the jobs are, for error messages: "preview image", "Markdown". */
  what: string;
  /** Starts one worker. */
  spawn: () => Worker;
  threads?: number | undefined;
  /** Buffers of an input to move to the worker rather than copy. */
  transfer?: (input: In) => Transferable[];
}

export class WorkerPool<In, Out> {
  readonly threads: number;
  readonly #options: WorkerPoolOptions<In>;
  #workers: Slot<In, Out>[] = [];
  #queue: Job<In, Out>[] = [];
  #next = 0;
  #failure: Error | undefined;

  constructor(options: WorkerPoolOptions<In>) {
    this.#options = options;
    this.threads = Math.max(1, options.threads ?? availableParallelism());
  }

  /** Runs one job on a worker. */
  run(input: In): Promise<Out> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, input, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; jobs still queued or running are refused. */
  async close(): Promise<void> {
    const workers = this.#workers.splice(0);
    const closed = new Error(`the ${this.#options.what} pool was closed`);
    this.#fail(closed);
    for (const slot of workers) for (const job of slot.jobs.splice(0)) job.reject(closed);
    this.#failure = undefined;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  #dispatch() {
    while (this.#queue.length > 0) {
      // An idle worker first, then a new one, then the least loaded with room.
      let slot = this.#workers.find((w) => w.jobs.length === 0);
      if (!slot && this.#workers.length < this.threads) slot = this.#spawn();
      slot ??= this.#workers.filter((w) => w.jobs.length < JOBS_PER_WORKER).sort((a, b) => a.jobs.length - b.jobs.length)[0];
      if (!slot) return;
      const job = this.#queue.shift()!;
      slot.jobs.push(job);
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, input: job.input }, this.#options.transfer?.(job.input) ?? []);
    }
  }

  #spawn() {
    const { what } = this.#options;
    const worker = this.#options.spawn();
    const slot: Slot<In, Out> = { worker, jobs: [] };
    worker.on('message', (message: { id: number; output?: Out; error?: string }) => {
      const job = slot.jobs.shift();
      if (slot.jobs.length === 0) worker.unref();
      if (!job || job.id !== message.id) {
        // Answers out of order: nothing this worker says can be matched to a job any more.
        const error = new Error(`a ${what} worker answered a job it was not given`);
        for (const lost of [...(job ? [job] : []), ...slot.jobs.splice(0)]) lost.reject(error);
        return this.#fail(error);
      }
      if (message.error === undefined) job.resolve(message.output as Out);
      else job.reject(new Error(`a ${what} job failed: ${message.error}`));
      this.#dispatch();
    });
    const died = (error: Error) => {
      if (!this.#workers.includes(slot)) return; // closed on purpose
      this.#workers = this.#workers.filter((w) => w !== slot);
      for (const job of slot.jobs.splice(0)) job.reject(error);
      this.#fail(error);
    };
    worker.on('error', (error) => died(new Error(`a ${what} worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0) died(new Error(`a ${what} worker exited with code ${code}`));
    });
    worker.unref();
    this.#workers.push(slot);
    return slot;
  }

  /** After a worker fails, every queued job and every later request fails with the same error. */
  #fail(error: Error) {
    this.#failure ??= error;
    for (const job of this.#queue.splice(0)) job.reject(error);
  }
}

/**
 * Results asked for by position, each started when first needed: asking for
 * one also starts the next `ahead`, so the workers are busy while the
 * caller handles the one it has. A result is dropped once handed out, so at
 * most `ahead` are held at once. A failure is reported to whoever asks for
 * that position.
 */
export function askAhead<T>(count: number, start: (index: number) => Promise<T>, ahead: number): (index: number) => Promise<T> {
  const started = new Map<number, Promise<T>>();
  const begin = (i: number) => {
    let result = started.get(i);
    if (!result) {
      result = Promise.resolve().then(() => start(i));
      // Held, not thrown, until asked for.
      result.catch(() => {});
      started.set(i, result);
    }
    return result;
  };
  return (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= count) return Promise.reject(new Error(`no position ${index} of ${count}`));
    const result = begin(index);
    for (let i = index + 1; i <= Math.min(count - 1, index + ahead); i++) begin(i);
    started.delete(index);
    return result;
  };
}
