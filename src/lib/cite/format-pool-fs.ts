/**
 * Node-only: citations and citation files formatted on worker threads.
 * citeproc takes about 1.4 ms of CPU per item for the two styles, so the
 * real digests cloned to 1,000 (15 items each) need some 20 s of it, more
 * than everything else in the build; spread over the cores, it no longer
 * holds up the pages one by one.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkerPool, workerProgram } from '../worker-pool-fs.ts';
import type { CslItem } from './csl.ts';
import type { FormattedItem } from './format.ts';

/**
 * A worker's old-generation heap limit (CITE_WORKER_HEAP_MB overrides it).
 * A worker needs more than 64 MB (at 64 it ran out); at 128 MB the workers
 * spent a quarter of their time collecting garbage (1,000 cloned digests:
 * 54 s wall, 94 s CPU), at 256 MB little (40 s, 62 s) for 0.4 GB more at
 * the peak. Unlimited, the peak was 0.3 GB higher still.
 */
const OLD_GENERATION_MB = 256;

export type CitationPool = WorkerPool<CslItem[], FormattedItem[]>;

/** A pool whose workers run `script` (format-worker.ts, see workerProgram); undefined if there is none. */
export function citationPool(script = workerProgram('cite/format-worker.ts'), threads?: number): CitationPool | undefined {
  if (script === undefined || !existsSync(script)) return undefined;
  // Without a limit a worker's heap grows to hundreds of MB of garbage before
  // V8 collects, and the build's memory with it.
  const resourceLimits = { maxOldGenerationSizeMb: Number(process.env.CITE_WORKER_HEAP_MB || OLD_GENERATION_MB) };
  return new WorkerPool({ what: 'citation', threads, spawn: () => new Worker(pathToFileURL(script), { resourceLimits }) });
}
