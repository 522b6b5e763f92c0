import { z } from 'zod';
import { LineSchema, PartialDateSchema } from './common.ts';

/**
 * A published source a fact rests on: who published it, under what title and
 * when. The address is optional because a wrong link is worse than none; set
 * it only when it is certain.
 */
export const SourceRefSchema = z.strictObject({
  /** Who published it: an outlet, a ministry, an organization. */
  publisher: LineSchema,
  /** Its title as published, or for an official record its usual name. */
  title: LineSchema,
  /** When it was published (YYYY, YYYY-MM or YYYY-MM-DD); omit only when the source itself carries no date. */
  date: PartialDateSchema.optional(),
  /** Where it can be read; only when the address is certain. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** What it supports, when that is not obvious from the fact it sits under. */
  note: z.string().optional(),
});

export type SourceRef = z.infer<typeof SourceRefSchema>;
