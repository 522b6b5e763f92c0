import { z } from 'zod';
import { DraftSchema, LineSchema } from './common.ts';
import { claimRef, subjects } from './refs.ts';

/** A claim in a digest, written "digest-id#claim-id". */
export const FullClaimRefSchema = claimRef({ full: true });

/** One side of a disagreement: a position and the claims that take it. */
export const DisputeSideSchema = z.strictObject({
  /** The position in a few words, e.g. "A domestic uprising". */
  position: LineSchema,
  /** The claims on this side, as "digest-id#claim-id". */
  claims: z.array(FullClaimRefSchema).min(1, 'a side needs at least one claim'),
});

/** Where sources disagree: a question and the claims on each side. */
export const DisputeSchema = z.strictObject({
  /** The question the sources answer differently. */
  title: LineSchema,
  /** One or two sentences on what is at stake. */
  summary: LineSchema,
  /** Two or more sides, each with its claims. */
  sides: z.array(DisputeSideSchema).min(2, 'a dispute needs at least two sides'),
  /** Entities the dispute concerns. */
  about: subjects('entity'),
  /** Work in progress: checked, never published (see DraftSchema). */
  draft: DraftSchema,
});

export type DisputeSide = z.infer<typeof DisputeSideSchema>;
export type Dispute = z.infer<typeof DisputeSchema>;
