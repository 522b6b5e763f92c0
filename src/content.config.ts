import { defineCollection } from 'astro:content';
import { corpusLoader } from './data/loader.ts';
import { COLLECTIONS } from './lib/schema/index.ts';

/** One collection per content folder; schemas come from the core. */
export const collections = {
  digests: defineCollection({ loader: corpusLoader('digests'), schema: COLLECTIONS.digests.schema }),
  countries: defineCollection({ loader: corpusLoader('countries'), schema: COLLECTIONS.countries.schema }),
  actors: defineCollection({ loader: corpusLoader('actors'), schema: COLLECTIONS.actors.schema }),
  topics: defineCollection({ loader: corpusLoader('topics'), schema: COLLECTIONS.topics.schema }),
  events: defineCollection({ loader: corpusLoader('events'), schema: COLLECTIONS.events.schema }),
  disputes: defineCollection({ loader: corpusLoader('disputes'), schema: COLLECTIONS.disputes.schema }),
};
