import { z } from 'zod';
import { DraftSchema, IdSchema, LineSchema, PartialDateSchema } from './common.ts';
import { claimRef, ref, subjects } from './refs.ts';
import { SourceRefSchema } from './source-ref.ts';

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

/** Is it on record that the named actor said this? */
export const ATTRIBUTIONS = ['documented', 'reported', 'unverified'] as const;

/** What each attribution means; shown in the legend and on the about page. */
export const ATTRIBUTION_MEANING: Record<(typeof ATTRIBUTIONS)[number], string> = {
  documented: 'The actor’s own words are on record: their publication, a transcript or an official readout.',
  reported: 'Known only because a reporter or another source says the actor said it.',
  unverified: 'We could not establish that the actor said it at all.',
};

/** Is what was said true? Judged apart from who said it. */
export const SUBSTANCES = ['corroborated', 'single-source', 'contested', 'refuted', 'unverified'] as const;

/** What each substance judgement means; shown in the legend and on the about page. */
export const SUBSTANCE_MEANING: Record<(typeof SUBSTANCES)[number], string> = {
  corroborated: 'Independent sources, named under evidence, confirm it.',
  'single-source': 'Only this source says it, and nothing we know contradicts it; forecasts and interpretations stay here.',
  contested: 'Other sources or actors dispute it and the evidence does not settle it.',
  refuted: 'Better evidence, named under evidence, shows it is wrong.',
  unverified: 'Could not be checked; do not treat as fact.',
};

/** Substances that must name what confirms or refutes them. */
export const SUBSTANCES_NEEDING_EVIDENCE: readonly Substance[] = ['corroborated', 'refuted'];

/**
 * A claim reference: "claim-id" for a claim in the same digest, or
 * "digest-id#claim-id" for one in another digest.
 */
export const ClaimRefSchema = claimRef();

/** What a corroborated or refuted claim rests on: another claim, a digest, or a published source. */
export const EvidenceSchema = z.union([
  z.strictObject({
    /** A claim, "claim-id" in this digest or "digest-id#claim-id". */
    claim: ClaimRefSchema,
  }),
  z.strictObject({
    /** A digest whose source bears this out (its id). */
    digest: ref('digest'),
  }),
  SourceRefSchema,
]);

export const ClaimSchema = z.strictObject({
  /** Stable id within the digest, used in links such as /digests/x/#claim-<id>. */
  id: IdSchema,
  /** Who makes the claim: an actor id (a person, organization or the outlet itself). */
  by: ref('actor'),
  /** The claim, in our own words. */
  text: LineSchema,
  /** A short quote, only where the exact words matter; from the corrected wording. */
  quote: z.string().max(300, 'quotes must be short (300 characters at most)').optional(),
  /** Whether it is on record that `by` said it. */
  attribution: z.enum(ATTRIBUTIONS),
  /** Whether what was said is true, judged on the evidence. */
  substance: z.enum(SUBSTANCES),
  /** What corroborates or refutes it; required for those two judgements. */
  evidence: z.array(EvidenceSchema).default([]),
  /** Entities the claim is about, beyond the digest's own list (ids of any type). */
  about: subjects('entity'),
  /** Other claims this one disputes. */
  disputes: z.array(ClaimRefSchema).default([]),
}).superRefine((claim, ctx) => {
  if (SUBSTANCES_NEEDING_EVIDENCE.includes(claim.substance) && claim.evidence.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['evidence'],
      message: `a ${claim.substance} claim must name what ${claim.substance === 'refuted' ? 'refutes' : 'corroborates'} it: a claim, a digest or a source entry`,
    });
  }
});

/**
 * What a correction fixes: an `error` changes the meaning (a wrong fact, a
 * reversed sentence) and is shown on its own line; a `garble` is a routine
 * synonym swap that leaves the meaning intact; `clutter` is page material that
 * is not part of the article. The default is `error`, so nothing is played down
 * unless someone chose to.
 */
export const CORRECTION_KINDS = ['error', 'garble', 'clutter'] as const;

export const CorrectionSchema = z.strictObject({
  /** Whether it changes the meaning, is a routine garble, or is page clutter. */
  kind: z.enum(CORRECTION_KINDS).default('error'),
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
  /** When this digest was written or last revised (YYYY-MM-DD); the date a citation of it carries. */
  digested: PartialDateSchema.optional(),
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
  /** Work in progress: checked, never published (see DraftSchema). */
  draft: DraftSchema,
});

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Attribution = (typeof ATTRIBUTIONS)[number];
export type Substance = (typeof SUBSTANCES)[number];
export type Evidence = z.infer<typeof EvidenceSchema>;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
export type Source = z.infer<typeof SourceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Digest = z.infer<typeof DigestSchema>;
