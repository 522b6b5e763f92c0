/**
 * The one list of facets. Search's engine, its URL state and its filter
 * checkboxes all read it, and it follows from the table of kinds: every
 * entity kind marked `facet` is a facet, after the type of result. A new
 * facet kind in src/lib/kinds.ts is a new facet everywhere, with no other edit.
 */
import { FACET_KINDS, KINDS } from '../kinds.ts';

type Table = typeof KINDS;
/** The entity kinds results can be narrowed by: "country", "actor", … */
export type FacetKind = { [K in keyof Table]: Table[K]['facet'] extends true ? K : never }[keyof Table];

/** A facet: the type of result, or the entities of one kind that a result concerns. */
export type Facet = 'type' | FacetKind;

export interface FacetDescriptor {
  /** Its name in URLs (`?country=kazakhstan`) and in the engine. */
  id: Facet;
  /** Its legend above its checkboxes and in the list of filters in force. */
  label: string;
  /** Whose entities are its values; none for the type facet, whose values are result types. */
  kind?: FacetKind;
}

/** Every facet, in the order the URL writes them and the page lists them. */
export const FACET_LIST: readonly FacetDescriptor[] = [
  { id: 'type', label: 'Type' },
  ...(FACET_KINDS as readonly FacetKind[]).map((kind) => ({ id: kind, label: KINDS[kind].one, kind })),
];

/** The facets' names, in the same order. */
export const FACETS: readonly Facet[] = FACET_LIST.map((f) => f.id);

/** The facets whose values are entities. */
export const ENTITY_FACETS: readonly FacetKind[] = FACET_LIST.flatMap((f) => (f.kind ? [f.kind] : []));

/** How each facet is named on screen. */
export const FACET_LABEL = Object.fromEntries(FACET_LIST.map((f) => [f.id, f.label])) as Record<Facet, string>;

/** True when entities of `kind` are the values of a facet. */
export function isFacetKind(kind: string): kind is FacetKind {
  return (ENTITY_FACETS as readonly string[]).includes(kind);
}
