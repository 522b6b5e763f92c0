import { z } from 'zod';
import { IdSchema, LineSchema, PartialDateSchema } from './common.ts';
import { claimRef, ref, subjects } from './refs.ts';

export const SOURCE_KINDS = ['original', 'reworded-copy', 'scraped-copy', 'review'] as const;

/** What each kind of file means for how far a reader can trust its wording. */
export const SOURCE_KIND_MEANING: Record<(typeof SOURCE_KINDS)[number], string> = {
  original: 'The text as first published.',
  'reworded-copy': 'A machine-reworded copy: wording is unreliable and may reverse the meaning.',
  'scraped-copy': 'A copy taken from another site: wording is close to the original, with page clutter added.',
  review: 'A third party’s summary of the work: figures and claims are second-hand.',
};

export const SourceSchema = z.strictObject({
  /** The outlet that first published it, e.g. "Associated Press". */
  outlet: LineSchema,
  /** The original headline, corrected from any garbled copy. */
  headline: LineSchema,
  /** Authors as credited; an empty list means the author is unverified. */
  authors: z.array(LineSchema).default([]),
  /** Date of original publication (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: PartialDateSchema,
  /** True when the date is approximate or disputed between copies. */
  publishedApprox: z.boolean().default(false),
  /** Where the original can be read, if known. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** What the file we digested is, relative to the original. */
  kind: z.enum(SOURCE_KINDS),
  /** Which seed file the digest was made from (file name). */
  file: z.string().optional(),
  /** What the reader should know about this copy: clutter, garbles, dating. */
  note: z.string().default(''),
});

export const CLAIM_STATUSES = ['corroborated', 'single-source', 'contested', 'refuted', 'unverified'] as const;

/** What each claim status means; shown on the about page and next to claims. */
export const CLAIM_STATUS_MEANING: Record<(typeof CLAIM_STATUSES)[number], string> = {
  corroborated: 'Confirmed by at least one independent source.',
  'single-source': 'Reported by this source only; not contradicted.',
  contested: 'Other sources or actors dispute it.',
  refuted: 'Shown to be wrong by better evidence.',
  unverified: 'Could not be checked; do not treat as fact.',
};

/**
 * A claim reference: "claim-id" for a claim in the same digest, or
 * "digest-id#claim-id" for one in another digest.
 */
export const ClaimRefSchema = claimRef();

export const ClaimSchema = z.strictObject({
  /** Stable id within the digest, used in links such as /digests/x/#claim-<id>. */
  id: IdSchema,
  /** Who makes the claim: an actor id (a person, organization or the outlet itself). */
  by: ref('actor'),
  /** The claim, in our own words. */
  text: LineSchema,
  /** A short quote, only where the exact words matter; from the corrected wording. */
  quote: z.string().max(300, 'quotes must be short (300 characters at most)').optional(),
  /** How far the claim stands up. */
  status: z.enum(CLAIM_STATUSES),
  /** Entities the claim is about, beyond the digest's own list (ids of any type). */
  about: subjects('entity'),
  /** Other claims this one disputes. */
  disputes: z.array(ClaimRefSchema).default([]),
});

export const CorrectionSchema = z.strictObject({
  /** What the file says (the garble or error), quoted as it appears. */
  seed: z.string().min(1),
  /** The correct form. */
  correct: z.string().min(1),
  /** Why, or what it changes for the reader. */
  note: z.string().optional(),
});

export const DigestSchema = z.strictObject({
  /** Our headline for the digest. */
  title: LineSchema,
  /** What a busy reader needs in 20 seconds. */
  summary: LineSchema,
  /** The original publication the digest describes. */
  source: SourceSchema,
  /** Countries the digest discusses (ids). */
  countries: subjects('country'),
  /** People, organizations and state bodies it discusses (ids). */
  actors: subjects('actor'),
  /** Topics it discusses (ids). */
  topics: subjects('topic'),
  /** Events it discusses (ids). */
  events: subjects('event'),
  /** The claims ledger: who claims what, and how far it stands up. */
  claims: z.array(ClaimSchema).default([]),
  /** Garbles and factual errors in the file, with the correct form. */
  corrections: z.array(CorrectionSchema).default([]),
});

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type Source = z.infer<typeof SourceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Digest = z.infer<typeof DigestSchema>;
