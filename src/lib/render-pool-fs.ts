/**
 * Node-only: a cold parse renders its Markdown bodies on worker threads, one
 * per core. The bodies with no valid render in the cache are rendered ahead
 * of parseCorpus and put into the cache, so the parse itself (unchanged, on
 * the main thread) finds every body rendered. Anything the workers did not
 * render (a body that throws, a worker that fails) is rendered by the parse
 * as before, so every problem is reported the same way.
 */
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type CorpusCache, keepRendered, planRenders, type RenderJob, type SourceFile } from './corpus.ts';
import type { WorkerJob, WorkerOutput } from './render-worker-fs.ts';
import { WorkerPool, workerProgram } from './worker-pool-fs.ts';

/**
 * Below this many bodies, starting workers costs more than it saves: a
 * worker takes about 0.2 s to load the pipeline, in which the main thread
 * renders some 80 bodies; on two cores the two break even near 160.
 */
export const MIN_BODIES_FOR_WORKERS = 160;

/** Bodies posted to a worker as one job. */
const BATCH_SIZE = 8;

export interface PrerenderOptions {
  /** Worker threads at most (one per core unless set); 0 renders nothing ahead. */
  threads?: number;
  /** Fewer bodies than this are left to the parse. */
  minBodies?: number;
  /** The worker's source file. */
  workerModule?: string | undefined;
}

export interface PrerenderReport {
  /** Bodies with no valid render in the cache. */
  toRender: number;
  /** Of those, rendered by worker threads and now in the cache. */
  onWorkers: number;
}

/** Renders on worker threads the bodies of `files` that `cache` has no valid render of (see the top of this file). */
export async function prerenderBodies(files: readonly SourceFile[], cache: CorpusCache, options: PrerenderOptions = {}): Promise<PrerenderReport> {
  const { threads, minBodies = MIN_BODIES_FOR_WORKERS, workerModule = workerProgram('render-worker-fs.ts') } = options;
  const plan = planRenders(files, cache);
  const report = { toRender: plan.jobs.length, onWorkers: 0 };
  if (plan.jobs.length === 0 || plan.jobs.length < minBodies || threads === 0 || !workerModule) return report;

  const pool = new WorkerPool<WorkerJob[], WorkerOutput>({
    what: 'Markdown',
    threads,
    spawn: () => new Worker(pathToFileURL(workerModule), { workerData: { links: plan.links } }),
  });
  const batches: RenderJob[][] = [];
  for (let i = 0; i < plan.jobs.length; i += BATCH_SIZE) batches.push(plan.jobs.slice(i, i + BATCH_SIZE));
  const results = await Promise.allSettled(
    batches.map(async (batch) => {
      const rendered = await pool.run(batch.map(({ body, bodyLine, draft }) => ({ body, bodyLine, draft })));
      batch.forEach((job, i) => {
        // A body that failed is left to the parse, which reports why.
        const body = rendered[i];
        if (!body) return;
        keepRendered(cache, plan, job, body);
        report.onWorkers++;
      });
    }),
  );
  await pool.close();
  const failure = results.find((r) => r.status === 'rejected');
  if (failure) console.warn(`Markdown bodies are rendered on the main thread instead: ${(failure.reason as Error).message}`);
  return report;
}
