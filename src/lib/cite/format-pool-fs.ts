/**
 * Node-only: citations and citation files formatted on worker threads.
 * citeproc takes about 1.4 ms of CPU per item for the two styles, so the
 * real digests cloned to 1,000 (15 items each) need some 20 s of it, more
 * than everything else in the build; spread over the cores, it no longer
 * holds up the pages one by one.
 *
 * A worker runs format-worker.ts from the project's source folder: the
 * build bundles this module, and a bundle has no file of the worker's own
 * to point at. Node runs the TypeScript source as it is.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkerPool } from '../worker-pool-fs.ts';
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

/** A pool whose workers load src/lib/cite/format-worker.ts under `libDir` (the project's src/lib); undefined if it is not there. */
export function citationPool(libDir: string, threads?: number): CitationPool | undefined {
  const script = join(libDir, 'cite', 'format-worker.ts');
  if (!existsSync(script)) return undefined;
  // Without a limit a worker's heap grows to hundreds of MB of garbage before
  // V8 collects, and the build's memory with it.
  const resourceLimits = { maxOldGenerationSizeMb: Number(process.env.CITE_WORKER_HEAP_MB || OLD_GENERATION_MB) };
  return new WorkerPool({ what: 'citation', threads, spawn: () => new Worker(pathToFileURL(script), { resourceLimits }) });
}
