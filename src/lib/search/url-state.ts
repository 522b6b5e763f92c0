/**
 * The whole state of a search lives in the URL, so copying the address
 * shares the search: `/search/?q=csto&country=kazakhstan&country=kyrgyzstan`.
 * Facet parameters repeat; several values of one facet mean any of them,
 * different facets must all hold. Which facets there are comes from the one
 * facet list (facet-list.ts).
 */
import { type Facet, FACETS, type FacetKind } from './facet-list.ts';
import { SEARCH_TYPES, type SearchType } from './types.ts';

export { type Facet, FACETS } from './facet-list.ts';

/** A search: the query as typed, and the selected values of every facet. */
export type SearchState = { q: string; type: SearchType[] } & { [F in FacetKind]: string[] };

/** Longest query kept; longer text is cut, not refused. */
export const MAX_QUERY_LENGTH = 200;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_VALUES = 50;

/** A state with no query and no facet selected. */
export const emptyState = (): SearchState => ({ q: '', ...(Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Omit<SearchState, 'q'>) });

/** Distinct valid values of one facet, sorted, so equal searches have equal URLs. */
function facetValues(values: Iterable<string>, facet: Facet): string[] {
  const valid = facet === 'type' ? (v: string) => (SEARCH_TYPES as readonly string[]).includes(v) : (v: string) => ID.test(v);
  return [...new Set(values)].filter(valid).sort().slice(0, MAX_VALUES);
}

/** The search state of a query string (`location.search`); unknown or malformed values are dropped. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  for (const facet of FACETS) (state[facet] as string[]) = facetValues(params.getAll(facet), facet);
  return state;
}

/** The query string of a state, `?q=…&country=…`, or '' for the empty state. Parameters in a fixed order. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', state.q.slice(0, MAX_QUERY_LENGTH));
  for (const facet of FACETS) for (const value of facetValues(state[facet], facet)) params.append(facet, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The state with `value` added to or removed from `facet`. */
export function toggleFacet(state: SearchState, facet: Facet, value: string): SearchState {
  const current: string[] = state[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [facet]: facetValues(next, facet) };
}

/** How many facet values are selected, over all facets. */
export const selectedCount = (state: SearchState): number => FACETS.reduce((n, f) => n + state[f].length, 0);

/** True when nothing is asked: no query words and no facet. */
export function isEmptyState(state: SearchState): boolean {
  return !state.q.trim() && selectedCount(state) === 0;
}
