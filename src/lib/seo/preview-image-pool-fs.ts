/**
 * Preview cards drawn on worker threads through the card cache: a build's
 * cards written into its output folder beside the rendering of its pages
 * (placeCards), and the dev server's, one at a time as they are asked for,
 * on a pool of one worker per core. Where the worker's program cannot be
 * found (a bundle run without the source beside it), cards are drawn on the
 * calling thread instead.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkerPool, workerProgram } from '../worker-pool-fs.ts';
import type { PreviewCard } from './preview-card.ts';
import type { CopyOffer, CopyTarget } from '../output-copies.ts';
import { cacheFile, type CardJob, drawAndKeep, placeCopies, type PlaceJob, readCached } from './preview-image-fs.ts';

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
 * Fewer cards to write than this are written on the calling thread: a
 * rebuild after an edit writes a card or two, and starting a worker (a few
 * tenths of a second of loading) would cost more than drawing them.
 */
const MIN_CARDS_FOR_WORKERS = 100;

/** A card for the output folder: what it says, and its path there. */
export interface CardOutput {
  card: PreviewCard;
  output: string;
}

/**
 * Writes every card into the output folder (`target`, see output-copies.ts)
 * from its file in the card cache, drawing into the cache the cards it
 * lacks or holds damaged. A card the previous build left in the folder from
 * the same cache file is not touched. A build starts this as soon as it
 * knows its cards, and it runs on worker threads (one per core the page
 * rendering leaves, at least one) beside the rendering of pages.
 */
export async function placeCards(
  cards: readonly CardOutput[],
  {
    cacheDir,
    target,
    workerModule = workerProgram('seo/preview-image-worker-fs.ts'),
    threads = Math.max(1, availableParallelism() - 1),
    minCards = MIN_CARDS_FOR_WORKERS,
  }: { cacheDir: string; target: CopyTarget; workerModule?: string | null; threads?: number; minCards?: number },
): Promise<CopyOffer> {
  const copies = cards.map(({ card, output }) => {
    const source = cacheFile(cacheDir, card);
    if (!source) throw new Error('preview cards cannot be cached: the source of their drawing code was not found (SOURCE_LIB_DIR)');
    return { card, output, source };
  });
  const toWrite = copies.filter(({ output, source }) => target.inPlace.get(output) !== source);
  if (!workerModule || toWrite.length < minCards) {
    await placeCopies({ place: toWrite, outDir: target.outDir });
  } else {
    // Round robin: neighbouring cards are alike, so each worker gets a like share.
    const shares = Array.from({ length: Math.min(threads, toWrite.length) }, (_, i) => toWrite.filter((__, j) => j % threads === i));
    const pool = new WorkerPool<PlaceJob, number>({ what: 'preview image', threads: shares.length, spawn: () => new Worker(pathToFileURL(workerModule)) });
    try {
      await Promise.all(shares.map((place) => pool.run({ place, outDir: target.outDir })));
    } finally {
      await pool.close();
    }
  }
  return { copies: copies.map(({ output, source }) => ({ output, source })), written: toWrite.length };
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
