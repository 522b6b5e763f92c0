/**
 * Node-only: the program of a preview-card worker thread
 * (preview-image-pool-fs.ts). Node loads it from the project's source (it
 * runs TypeScript as it is), never from a bundle. Jobs (a card to draw and
 * cache, or a list of cards to write into a build's output folder) are done
 * one after another and answered in the order given, which the pool
 * expects.
 */
import { answerJobs } from '../worker-jobs-fs.ts';
import { type CardJob, drawAndKeep, placeCopies, type PlaceJob } from './preview-image-fs.ts';

answerJobs<CardJob | PlaceJob, number | Uint8Array<ArrayBuffer>>(
  'preview-image-worker-fs.ts',
  (input: CardJob | PlaceJob) => ('place' in input ? placeCopies(input) : drawAndKeep(input)),
  // A drawn card's bytes move to the main thread instead of being copied.
  (output) => (output instanceof Uint8Array ? [output.buffer] : []),
);
