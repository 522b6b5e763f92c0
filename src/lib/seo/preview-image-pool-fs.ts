/**
 * Preview cards drawn on worker threads through the card cache: all of a
 * build's cards ahead of its asking (drawAhead), and any card asked for
 * before that, on a pool of one worker per core. The build asks for cards
 * one at a time; a batch draws a few cards ahead of the one asked for, so
 * every core is busy while the build waits on one, and at most a few PNGs
 * are held in memory at once. Where the worker's program cannot be found (a
 * bundle run without the source beside it), cards are drawn on the calling
 * thread instead.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkerPool, workerProgram } from '../worker-pool-fs.ts';
import type { PreviewCard } from './preview-card.ts';
import { cacheFile, type CardJob, drawAndKeep, readCached } from './preview-image-fs.ts';

/** Worker threads that lay out and draw cards to PNG. */
export class PreviewImagePool {
  readonly #pool: WorkerPool<CardJob, Uint8Array<ArrayBuffer>> | undefined;
  readonly threads: number;

  /** `workerModule` null draws on the calling thread. */
  constructor({ threads, workerModule = workerProgram('seo/preview-image-worker-fs.ts') }: { threads?: number; workerModule?: string | null } = {}) {
    this.#pool = workerModule
      ? new WorkerPool({ what: 'preview image', threads, spawn: () => new Worker(pathToFileURL(workerModule)) })
      : undefined;
    this.threads = this.#pool?.threads ?? 1;
  }

  /**
   * Lays out and draws one card to PNG on a worker, which also stores it in
   * `cacheFile` when given: a file written on the main thread held it up
   * about 0.7 ms a card on this machine's file system.
   */
  render(card: PreviewCard, cacheFile?: string): Promise<Uint8Array<ArrayBuffer>> {
    return this.#pool ? this.#pool.run({ card, cacheFile }) : drawAndKeep({ card, cacheFile });
  }

  /** Stops every worker; jobs still queued are refused. */
  async close(): Promise<void> {
    await this.#pool?.close();
  }
}

/**
 * Fewer missing cards than this are left to the pool: a rebuild after an
 * edit lacks a card or two, and starting a worker (a few tenths of a second
 * of loading) would cost more than drawing them when asked.
 */
const MIN_CARDS_AHEAD = 100;

/** Cards to draw into the cache ahead of a build's asking (see drawAhead). */
export interface FillJob {
  fill: PreviewCard[];
  cacheDir: string;
}

/**
 * Draws into the cache, in order, on a worker thread of its own, every card
 * the cache has no file for (when there are enough of them to be worth a
 * worker); resolves to how many it drew. A build starts this as soon as it
 * knows its cards: they are then drawn on the core that page rendering (one
 * thread) leaves idle, long before the build asks for them, and asking
 * costs reading a file. A card asked for before it is drawn here is drawn by
 * the pool as before, so this only ever saves time; where the worker's
 * program cannot be found, it does nothing.
 */
export async function drawAhead(
  cards: PreviewCard[],
  {
    cacheDir,
    workerModule = workerProgram('seo/preview-image-worker-fs.ts'),
    minCards = MIN_CARDS_AHEAD,
  }: { cacheDir: string; workerModule?: string | null; minCards?: number },
): Promise<number> {
  // Which cards the cache lacks is known here in a few milliseconds at 10,000 digests.
  const missing = cards.filter((card) => {
    const file = cacheFile(cacheDir, card);
    return file !== undefined && !existsSync(file);
  });
  if (!workerModule || missing.length < minCards) return 0;
  const pool = new WorkerPool<FillJob, number>({ what: 'preview image', threads: 1, spawn: () => new Worker(pathToFileURL(workerModule)) });
  try {
    return await pool.run({ fill: missing, cacheDir });
  } finally {
    await pool.close();
  }
}

let shared: PreviewImagePool | undefined;

/** The process's pool, one worker per core, started on first use. */
export function sharedPool(): PreviewImagePool {
  shared ??= new PreviewImagePool();
  return shared;
}

/** A card's PNG from the cache, or drawn on the pool and cached. */
export async function previewPngOnPool(
  card: PreviewCard,
  { cacheDir, pool = sharedPool() }: { cacheDir?: string | undefined; pool?: PreviewImagePool },
): Promise<Uint8Array<ArrayBuffer>> {
  const file = cacheDir === undefined ? undefined : cacheFile(cacheDir, card);
  const cached = file && readCached(file);
  return cached || pool.render(card, file);
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
