/**
 * The timeline as pages show it: events grouped by year, the facets each
 * event can be filtered by, and the choices the filter offers.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph } from '../graph.ts';
import type { EntityKind } from '../kinds.ts';
import { referencesIn, SCHEMAS } from '../schema/index.ts';
import { isFacetKind } from '../search/facet-list.ts';
import type { CountedRecord } from './entities.ts';
import {
  emptyTimelineFilter,
  type EventFacets,
  TIMELINE_FACETS,
  type TimelineFacet,
  timelineQuery,
} from './timeline-filter.ts';

/** The ids an event concerns, per filter facet: its subject references, by the kind they point to. */
export function eventFacets(event: Entry<'event'>): EventFacets {
  const facets = emptyTimelineFilter();
  for (const { meta, value } of referencesIn(SCHEMAS.event, event.data)) {
    // A field that names one kind only (an event's countries, actors, topics) files its ids under that kind.
    const kinds = 'kinds' in meta.target ? meta.target.kinds : [];
    const kind = kinds.length === 1 ? kinds[0]! : undefined;
    if (meta.subject && kind && isFacetKind(kind)) facets[kind].push(value);
  }
  return facets;
}

/** Items grouped under a key, groups in order of first appearance. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Array<{ key: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, list]) => ({ key: k, items: list }));
}

/** Events grouped by the year they happened (or began), oldest first as given. */
export function eventsByYear(events: readonly Entry<'event'>[]): Array<{ key: string; items: Entry<'event'>[] }> {
  return groupBy(events, (event) => event.data.date.slice(0, 4));
}

/**
 * What the timeline filter offers: every entity that at least one event
 * concerns, per facet, with the number of events, sorted by name.
 */
export function timelineFacetOptions(graph: EntityGraph): Record<TimelineFacet, CountedRecord[]> {
  const counts = new Map<string, number>();
  for (const event of graph.timeline) {
    const facets = eventFacets(event);
    for (const facet of TIMELINE_FACETS) for (const id of facets[facet]) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const options = Object.fromEntries(TIMELINE_FACETS.map((facet) => [facet, []])) as unknown as Record<TimelineFacet, CountedRecord[]>;
  for (const [id, count] of counts) {
    const record = graph.entities.get(id);
    if (record && (TIMELINE_FACETS as readonly string[]).includes(record.kind)) options[record.kind as TimelineFacet].push({ record, count });
  }
  for (const facet of TIMELINE_FACETS) options[facet].sort((a, b) => a.record.name.localeCompare(b.record.name, 'en'));
  return options;
}

/** The most recent events, newest first: the glimpse of the timeline on the home page. */
export function latestEvents(graph: EntityGraph, limit = 5): Entry<'event'>[] {
  return graph.timeline.slice(-limit).reverse();
}

/** An event with up to `count` events either side of it on the timeline, in date order: its own page's mini timeline. */
export function timelineWindow(graph: EntityGraph, eventId: string, count = 2): Entry<'event'>[] {
  const at = graph.timelinePosition(eventId);
  return at === undefined ? [] : graph.timeline.slice(Math.max(0, at - count), at + 1 + count);
}

/** Where an entity sits on /timeline/: an event's own item, or the timeline filtered to a country, actor or topic. */
export function timelineLink(type: EntityKind, id: string): string {
  if (type === 'event') return `/timeline/#${eventAnchor(id)}`;
  return `/timeline/${timelineQuery({ ...emptyTimelineFilter(), [type]: [id] })}`;
}

/** The id of an event's item on /timeline/. */
export function eventAnchor(eventId: string): string {
  return `event-${eventId}`;
}
