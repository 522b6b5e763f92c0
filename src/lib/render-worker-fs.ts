/**
 * Node-only: the program of a Markdown worker thread (render-pool-fs.ts).
 * Node loads it from the project's source (it runs TypeScript as it is),
 * never from a bundle; it renders with the same pipeline and link table as
 * the main thread.
 */
import { workerData } from 'node:worker_threads';
import { type LinkTable, resolverFor } from './markdown/link-table.ts';
import { createMarkdownProcessor, renderMarkdown, type RenderedMarkdown } from './markdown/pipeline.ts';
import { answerJobs } from './worker-jobs-fs.ts';

/** One body to render. */
export interface WorkerJob {
  body: string;
  bodyLine: number;
  draft: boolean;
}

/** The renders of a batch of bodies, in order; null where a body failed to render. */
export type WorkerOutput = Array<RenderedMarkdown | null>;

const links = (workerData as { links: LinkTable }).links;
const processors = {
  published: createMarkdownProcessor({ resolve: resolverFor(links, false) }),
  draft: createMarkdownProcessor({ resolve: resolverFor(links, true) }),
};

answerJobs('render-worker-fs.ts', (jobs: WorkerJob[]): WorkerOutput =>
  jobs.map((job) => {
    try {
      return renderMarkdown(job.draft ? processors.draft : processors.published, job.body, job.bodyLine);
    } catch {
      // Left for the main thread, whose render reports the error with the file and line.
      return null;
    }
  }),
);
