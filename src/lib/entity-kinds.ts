import type { EntityType } from './schema/index.ts';
import { KIND_SEGMENT } from './urls.ts';

/** Labels for each entity type, singular and plural, as pages show them. */
export const ENTITY_LABEL: Record<EntityType, { one: string; many: string }> = {
  country: { one: 'Country', many: 'Countries' },
  actor: { one: 'Actor', many: 'Actors' },
  topic: { one: 'Topic', many: 'Topics' },
  event: { one: 'Event', many: 'Events' },
};

/** The entity type whose pages live under a URL segment ("countries" → "country"). */
export function entityTypeOfSegment(segment: string): EntityType | undefined {
  return (Object.keys(ENTITY_LABEL) as EntityType[]).find((type) => KIND_SEGMENT[type] === segment);
}
