/**
 * Preview cards rendered on worker threads, one per core, through the card
 * cache. The build asks for cards one at a time; a batch renders a few cards
 * ahead of the one asked for, so every core is busy while the build waits on
 * one, and at most a few PNGs are held in memory at once.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { WorkerPool } from '../worker-pool-fs.ts';
import type { PreviewCard } from './preview-card.ts';
import { cacheFile, previewSvg, readCached, resvgOptions, writeCached } from './preview-image-fs.ts';

/**
 * The worker's whole program, as CommonJS source: evaluated rather than
 * loaded from a file, it runs the same from the built site's bundle, the
 * tests and the benchmarks, wherever the bundler put this module.
 *
 * Memory: resvg's synchronous render() never gives back its pixels (3 MB a
 * card: 800 cards took the pool to 3.3 GB, whatever the collector did);
 * renderAsync() does. resvg also holds fonts and buffers in native memory
 * that V8 does not see, so it collects the objects owning them too rarely
 * (2.6 GB for the same 800 cards); a collection every few cards keeps the
 * pool near 0.7 GB. (Workers cannot be started with --expose-gc; the flag
 * is set from inside, as Node's documentation of v8.setFlagsFromString
 * shows.)
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { renderAsync } = require(workerData.resvg);
require('node:v8').setFlagsFromString('--expose-gc');
const collectGarbage = require('node:vm').runInNewContext('gc');
let rendered = 0;
// A card starts rendering (on libuv's threads) as it arrives; cards are
// encoded and answered in the order given, which the pool expects.
let previous = Promise.resolve();
parentPort.on('message', ({ id, input }) => {
  const rendering = renderAsync(input, workerData.options);
  rendering.catch(() => {});
  previous = previous.then(async () => {
    try {
      const png = new Uint8Array((await rendering).asPng());
      parentPort.postMessage({ id, output: png }, [png.buffer]);
      if (++rendered % 8 === 0) collectGarbage();
    } catch (error) {
      parentPort.postMessage({ id, error: String((error && error.stack) || error) });
    }
  });
});
`;

/** Worker threads that turn SVG cards into PNG. */
export class PreviewImagePool {
  readonly #pool: WorkerPool<string, Uint8Array<ArrayBuffer>>;

  constructor(threads?: number) {
    this.#pool = new WorkerPool({
      what: 'preview image',
      threads,
      spawn: () =>
        new Worker(WORKER_SOURCE, {
          eval: true,
          workerData: { resvg: createRequire(import.meta.url).resolve('@resvg/resvg-js'), options: resvgOptions() },
        }),
    });
  }

  get threads(): number {
    return this.#pool.threads;
  }

  /** Renders one SVG card to PNG on a worker. */
  render(svg: string): Promise<Uint8Array<ArrayBuffer>> {
    return this.#pool.run(svg);
  }

  /** Stops every worker; jobs still queued are refused. */
  close(): Promise<void> {
    return this.#pool.close();
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
