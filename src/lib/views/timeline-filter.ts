/**
 * The timeline filter, shared by the page (which renders every event) and
 * the browser script (which hides the ones that do not match). The filter
 * lives in the query string so a filtered view can be shared:
 * `/timeline/?country=kazakhstan&country=kyrgyzstan&topic=border-security`.
 * Several values of one facet widen the view (any of them); different
 * facets narrow it (all of them). The facets are search's entity facets
 * (src/lib/search/facet-list.ts), so the two filters cannot drift apart.
 */
import { ENTITY_FACETS, type FacetKind } from '../search/facet-list.ts';

/** The facets an event can be filtered by, in the order the page shows them: search's entity facets. */
export const TIMELINE_FACETS = ENTITY_FACETS;
export type TimelineFacet = FacetKind;

/** Selected ids per facet; an empty list leaves that facet unfiltered. */
export type TimelineFilter = Record<TimelineFacet, string[]>;

/** The ids an event concerns, per facet. */
export type EventFacets = Record<TimelineFacet, readonly string[]>;

/** A filter that lets every event through. */
export function emptyTimelineFilter(): TimelineFilter {
  return Object.fromEntries(TIMELINE_FACETS.map((facet) => [facet, []])) as unknown as TimelineFilter;
}

/**
 * Reads a filter from a query string. Repeated parameters add values; unknown
 * parameters, blank values and duplicates are dropped, and so are ids not in
 * `known` when it is given, so a stale link degrades to a wider view.
 */
export function parseTimelineFilter(
  params: URLSearchParams,
  known?: Readonly<Record<TimelineFacet, ReadonlySet<string>>>,
): TimelineFilter {
  const filter = emptyTimelineFilter();
  for (const facet of TIMELINE_FACETS) {
    const values = params.getAll(facet).map((v) => v.trim()).filter((v) => v && (!known || known[facet].has(v)));
    filter[facet] = [...new Set(values)];
  }
  return filter;
}

/** True when the filter selects nothing, i.e. shows the whole timeline. */
export function isEmptyTimelineFilter(filter: TimelineFilter): boolean {
  return TIMELINE_FACETS.every((facet) => filter[facet].length === 0);
}

/** Whether an event passes: for every facet with a selection, the event concerns at least one selected id. */
export function matchesTimelineFilter(filter: TimelineFilter, event: EventFacets): boolean {
  return TIMELINE_FACETS.every(
    (facet) => filter[facet].length === 0 || filter[facet].some((id) => event[facet].includes(id)),
  );
}

/** The query string of a filter, "" for none: "?country=a&country=b&topic=c". */
export function timelineQuery(filter: TimelineFilter): string {
  const params = new URLSearchParams();
  for (const facet of TIMELINE_FACETS) for (const id of filter[facet]) params.append(facet, id);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A data attribute value listing ids ("a b c"), and back: ids never contain spaces. */
export function joinIds(ids: readonly string[]): string {
  return ids.join(' ');
}

/** Splits a `joinIds` value back into ids. */
export function splitIds(value: string | undefined): string[] {
  return value ? value.split(' ').filter(Boolean) : [];
}
