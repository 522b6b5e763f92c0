/**
 * The table of kinds: every kind of entry the site has, and everything that
 * follows from the kind alone. Schemas, URLs, labels, navigation, search
 * facets and structured data are derived from this table, so adding a kind
 * is a schema plus a row here (and its schema in schema/index.ts).
 *
 * No imports: browser bundles read it too.
 */

/** One row of the table. */
export interface KindInfo {
  /** The content folder, the collection name and the URL segment: `content/<collection>/`, `/<collection>/<id>/`. */
  readonly collection: string;
  /** Labels, singular and plural, as pages show them. */
  readonly one: string;
  readonly many: string;
  /** True for things a digest can be about (they have backlinks, aliases and a search facet). */
  readonly entity: boolean;
  /** The schema.org type of the page's main entity. */
  readonly schemaOrg: string;
  /** Whether the kind's index page is in the main navigation. */
  readonly nav: boolean;
  /** Whether search results can be narrowed to the entities of this kind that a result concerns. */
  readonly facet: boolean;
  /** One sentence under the heading of the kind's index page. */
  readonly intro: string;
}

/** In display order: navigation, search results and entity panels list kinds in this order. */
export const KINDS = {
  digest: {
    collection: 'digests', one: 'Digest', many: 'Digests', entity: false, schemaOrg: 'Article', nav: true, facet: false,
    intro: 'Every source article we have digested, newest original publication first.',
  },
  country: {
    collection: 'countries', one: 'Country', many: 'Countries', entity: true, schemaOrg: 'Country', nav: true, facet: true,
    intro: 'Central Asia’s five states first, then the other countries the digests discuss.',
  },
  actor: {
    collection: 'actors', one: 'Actor', many: 'Actors', entity: true, schemaOrg: 'Organization', nav: true, facet: true,
    intro: 'People, organizations and state bodies that the digests discuss or that make claims in them.',
  },
  topic: {
    collection: 'topics', one: 'Topic', many: 'Topics', entity: true, schemaOrg: 'DefinedTerm', nav: true, facet: true,
    intro: 'The themes the digests return to.',
  },
  event: {
    collection: 'events', one: 'Event', many: 'Events', entity: true, schemaOrg: 'Event', nav: false, facet: false,
    intro: 'Dated events the digests refer to, oldest first. The timeline shows them with filters.',
  },
  place: {
    collection: 'places', one: 'Place', many: 'Places', entity: true, schemaOrg: 'Place', nav: false, facet: true,
    intro: 'Cities, bases, border posts and corridors the digests mention, with where they are.',
  },
  dispute: {
    collection: 'disputes', one: 'Dispute', many: 'Disputes', entity: false, schemaOrg: 'CreativeWork', nav: true, facet: false,
    intro: 'Questions the sources answer differently, with the claims on each side.',
  },
} as const satisfies Record<string, KindInfo>;

type Table = typeof KINDS;

/** Every kind of entry: "digest", "country", … */
export type Kind = keyof Table;
/** The kinds a digest can be about. */
export type EntityKind = { [K in Kind]: Table[K]['entity'] extends true ? K : never }[Kind];
/** A kind's collection name (its folder and URL segment). */
export type CollectionOf<K extends Kind> = Table[K]['collection'];

export const KIND_NAMES = Object.keys(KINDS) as Kind[];
export const ENTITY_KINDS = KIND_NAMES.filter((kind): kind is EntityKind => KINDS[kind].entity);
/** The entity kinds search results can be narrowed by, in display order. */
export const FACET_KINDS = ENTITY_KINDS.filter((kind) => KINDS[kind].facet);

export function isKind(value: string): value is Kind {
  return Object.hasOwn(KINDS, value);
}

export function isEntityKind(value: string): value is EntityKind {
  return isKind(value) && KINDS[value].entity;
}

/** The kind whose content folder (and URL segment) is `collection`, if any. */
export function kindOfCollection(collection: string): Kind | undefined {
  return KIND_NAMES.find((kind) => KINDS[kind].collection === collection);
}

/** The index pages of the main navigation, in table order. */
export const NAV_KINDS = KIND_NAMES.filter((kind) => KINDS[kind].nav);
