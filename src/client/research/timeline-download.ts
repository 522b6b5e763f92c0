/**
 * The timeline's "Download this view": the events that the filter in the
 * address lets through, read from the page (which lists every event with
 * its countries, actors and topics) and matched with the filter's own rules.
 */
import {
  matchesTimelineFilter,
  parseTimelineFilter,
  TIMELINE_FACETS,
  type TimelineFacet,
} from '../../lib/views/timeline-filter.ts';
import { facetsOf } from '../timeline-filter.ts';
import { attachViewDownload } from './download-view.ts';

const COLUMNS = ['id', 'name', 'date', 'end', 'summary', 'countries', 'actors', 'topics', 'url'] as const;

export function attachTimelineDownload(container: HTMLElement, root: Document): void {
  attachViewDownload(container, () => {
    // Ids the filter offers: a stale id in the address widens the view, as on the page.
    const boxes = [...root.querySelectorAll<HTMLInputElement>('[data-timeline-filter] input[type="checkbox"]')];
    const known = Object.fromEntries(
      TIMELINE_FACETS.map((facet) => [facet, new Set(boxes.filter((b) => b.name === facet).map((b) => b.value))]),
    ) as Record<TimelineFacet, Set<string>>;
    const filter = parseTimelineFilter(new URLSearchParams(location.search), known);
    const rows = [...root.querySelectorAll<HTMLElement>('[data-timeline] li.event')].flatMap((item) => {
      const facets = facetsOf(item);
      if (!matchesTimelineFilter(filter, facets)) return [];
      const times = item.querySelectorAll('.event__date time');
      const link = item.querySelector<HTMLAnchorElement>('.event__name a');
      return [
        {
          id: item.id.replace(/^event-/, ''),
          name: item.querySelector('.event__name')?.textContent?.trim() ?? '',
          date: times[0]?.getAttribute('datetime') ?? '',
          end: times[1]?.getAttribute('datetime') ?? '',
          summary: item.querySelector('.event__summary')?.textContent?.trim() ?? '',
          countries: facets.country,
          actors: facets.actor,
          topics: facets.topic,
          url: link?.href ?? '',
        },
      ];
    });
    return { name: 'timeline', columns: COLUMNS, rows };
  });
}
