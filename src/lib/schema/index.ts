/**
 * The content model: the schema of each kind of entry. The kinds themselves,
 * with their folders, URLs and labels, are in ../kinds.ts; everything else
 * (corpus, graph, loader, CLI, pages, tests) derives its types from here.
 */
import type { z } from 'zod';
import type { Kind } from '../kinds.ts';
import { ActorSchema, CountrySchema, EventSchema, PlaceSchema, TopicSchema } from './entities.ts';
import { DigestSchema } from './digest.ts';
import { DisputeSchema } from './dispute.ts';

export * from './common.ts';
export * from './source-ref.ts';
export * from './entities.ts';
export * from './digest.ts';
export * from './dispute.ts';
export * from './refs.ts';

/** The schema of each kind's front matter. */
export const SCHEMAS = {
  digest: DigestSchema,
  country: CountrySchema,
  actor: ActorSchema,
  topic: TopicSchema,
  event: EventSchema,
  place: PlaceSchema,
  dispute: DisputeSchema,
} as const satisfies Record<Kind, z.ZodType>;

/** The validated front matter of each kind. */
export type KindData = { [K in Kind]: z.infer<(typeof SCHEMAS)[K]> };
