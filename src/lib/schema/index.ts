/**
 * The content model: one schema per collection, and the folder each lives in.
 * Everything else (loader, CLI, pages, tests) derives its types from here.
 */
import type { z } from 'zod';
import { ActorSchema, CountrySchema, EventSchema, TopicSchema } from './entities.ts';
import { DigestSchema } from './digest.ts';
import { DisputeSchema } from './dispute.ts';

export * from './common.ts';
export * from './entities.ts';
export * from './digest.ts';
export * from './dispute.ts';

/** Entity collections: things a digest can be about, each with its own page. */
export const ENTITY_TYPES = ['country', 'actor', 'topic', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Every collection, keyed by its name; `folder` is under the content root. */
export const COLLECTIONS = {
  digests: { folder: 'digests', schema: DigestSchema },
  countries: { folder: 'countries', schema: CountrySchema, entityType: 'country' },
  actors: { folder: 'actors', schema: ActorSchema, entityType: 'actor' },
  topics: { folder: 'topics', schema: TopicSchema, entityType: 'topic' },
  events: { folder: 'events', schema: EventSchema, entityType: 'event' },
  disputes: { folder: 'disputes', schema: DisputeSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The validated front matter of each collection. */
export type CollectionData = { [K in CollectionName]: z.infer<(typeof COLLECTIONS)[K]['schema']> };

/** The collection that holds each entity type, and back. */
export const ENTITY_COLLECTION: Record<EntityType, CollectionName> = {
  country: 'countries',
  actor: 'actors',
  topic: 'topics',
  event: 'events',
};
