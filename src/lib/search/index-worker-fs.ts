/**
 * Node-only: the program of the search index's worker thread
 * (index-pool-fs.ts). Node loads it from the project's source, never from a
 * bundle; it builds the files with the same code as the main thread.
 */
import { answerJobs } from '../worker-jobs-fs.ts';
import { searchIndexFilesOf } from './shards.ts';
import type { SearchDoc } from './types.ts';

answerJobs('index-worker-fs.ts', (docs: SearchDoc[]) => searchIndexFilesOf(docs));
