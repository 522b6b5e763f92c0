/**
 * Node-only: the program of a citation worker thread (format-pool-fs.ts).
 * Node loads it from the project's source (it runs TypeScript as it is),
 * never from a bundle; it formats with the same code as the main thread.
 */
import { answerJobs } from '../worker-jobs-fs.ts';
import type { CslItem } from './csl.ts';
import { formatItems } from './format.ts';

answerJobs('format-worker-fs.ts', (items: CslItem[]) => formatItems(items));
