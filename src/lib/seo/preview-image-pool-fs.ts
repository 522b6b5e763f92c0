/**
 * Preview cards rendered on worker threads, one per core, through the card
 * cache. The build asks for cards one at a time; a batch renders a few cards
 * ahead of the one asked for, so every core is busy while the build waits on
 * one, and at most a few PNGs are held in memory at once.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PreviewCard } from './preview-card.ts';
import { cacheFile, previewSvg, readCached, resvgOptions, writeCached } from './preview-image-fs.ts';

/**
 * The worker's whole program, as CommonJS source: evaluated rather than
 * loaded from a file, it runs the same from the built site's bundle, the
 * tests and the benchmarks, wherever the bundler put this module.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg }) => {
  try {
    const png = new Uint8Array(new Resvg(svg, workerData.options).render().asPng());
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

interface Job {
  id: number;
  svg: string;
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

/**
 * Jobs posted to a worker before it finishes the one it is on: it starts the
 * next without waiting for the main thread, which on a busy machine may not
 * get the CPU in time to hand it over.
 */
const JOBS_PER_WORKER = 3;

interface Slot {
  worker: Worker;
  /** Posted and not yet answered, oldest first (a worker answers in order). */
  jobs: Job[];
}

/** Worker threads that turn SVG cards into PNG. Idle workers do not keep the process alive. */
export class PreviewImagePool {
  readonly threads: number;
  #workers: Slot[] = [];
  #queue: Job[] = [];
  #next = 0;
  #failure: Error | undefined;

  constructor(threads = availableParallelism()) {
    this.threads = Math.max(1, threads);
  }

  /** Renders one SVG card to PNG on a worker. */
  render(svg: string): Promise<Uint8Array<ArrayBuffer>> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, svg, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; jobs still queued are refused. */
  async close(): Promise<void> {
    const workers = this.#workers.splice(0);
    this.#fail(new Error('the preview image pool was closed'));
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
      slot.worker.postMessage({ id: job.id, svg: job.svg });
    }
  }

  #spawn() {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { resvg: createRequire(import.meta.url).resolve('@resvg/resvg-js'), options: resvgOptions() },
    });
    const slot: Slot = { worker, jobs: [] };
    worker.on('message', (message: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
      const job = slot.jobs.shift();
      if (slot.jobs.length === 0) worker.unref();
      if (!job || job.id !== message.id) return this.#fail(new Error('a preview image worker answered a job it was not given'));
      if (message.png) job.resolve(message.png);
      else job.reject(new Error(`rendering a preview card failed: ${message.error}`));
      this.#dispatch();
    });
    const died = (error: Error) => {
      if (!this.#workers.includes(slot)) return; // closed on purpose
      this.#workers = this.#workers.filter((w) => w !== slot);
      for (const job of slot.jobs.splice(0)) job.reject(error);
      this.#fail(error);
    };
    worker.on('error', (error) => died(new Error(`a preview image worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (code !== 0) died(new Error(`a preview image worker exited with code ${code}`));
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

let shared: PreviewImagePool | undefined;

/** The process's pool, one worker per core, started on first use. */
export function sharedPool(): PreviewImagePool {
  shared ??= new PreviewImagePool();
  return shared;
}

/** A card's PNG from the cache, or rendered on the pool and cached. */
export async function previewPngOnPool(
  card: PreviewCard,
  { cacheDir, pool = sharedPool() }: { cacheDir?: string | undefined; pool?: PreviewImagePool },
): Promise<Uint8Array<ArrayBuffer>> {
  const svg = previewSvg(card);
  const file = cacheDir === undefined ? undefined : cacheFile(cacheDir, svg);
  const cached = file && readCached(file);
  if (cached) return cached;
  const png = await pool.render(svg);
  if (file) writeCached(file, png);
  return png;
}

/**
 * The PNGs of a list of cards, asked for by position. Asking for card i
 * starts cards i+1 … i+ahead too, so the pool stays busy while the caller
 * handles card i; a card's PNG is dropped once it has been handed out.
 */
export function previewBatch(
  cards: readonly PreviewCard[],
  { cacheDir, pool = sharedPool(), ahead = 4 * pool.threads }: { cacheDir?: string | undefined; pool?: PreviewImagePool; ahead?: number },
): (index: number) => Promise<Uint8Array<ArrayBuffer>> {
  const started = new Map<number, Promise<Uint8Array<ArrayBuffer>>>();
  const start = (i: number) => {
    let png = started.get(i);
    if (!png) {
      png = previewPngOnPool(cards[i]!, { cacheDir, pool });
      // Failures are reported to whoever asks for that card; until then they are held, not thrown.
      png.catch(() => {});
      started.set(i, png);
    }
    return png;
  };
  return (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= cards.length) {
      return Promise.reject(new Error(`no preview card at position ${index} of ${cards.length}`));
    }
    const png = start(index);
    for (let i = index + 1; i <= Math.min(cards.length - 1, index + ahead); i++) start(i);
    started.delete(index);
    return png;
  };
}
