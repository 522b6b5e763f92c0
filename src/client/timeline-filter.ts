/**
 * Filters the server-rendered timeline in place. The page lists every event
 * with the entities it concerns in a data attribute per facet; this script reads
 * the filter from the URL, hides what does not match, and keeps the URL in
 * step (history.replaceState) as the reader ticks boxes, so the view can be
 * shared. Without JavaScript the filter stays hidden and every event shows.
 */
import {
  emptyTimelineFilter,
  type EventFacets,
  isEmptyTimelineFilter,
  matchesTimelineFilter,
  parseTimelineFilter,
  splitIds,
  TIMELINE_FACETS,
  type TimelineFacet,
  type TimelineFilter,
  timelineQuery,
} from '../lib/views/timeline-filter.ts';

/** The ids an event's item concerns, from its `data-<facet>` attributes. */
export function facetsOf(item: HTMLElement): EventFacets {
  return Object.fromEntries(TIMELINE_FACETS.map((facet) => [facet, splitIds(item.dataset[facet])])) as unknown as EventFacets;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Wires up the timeline filter, if the page has one. */
export function enhanceTimeline(root: Document): void {
  const panel = root.querySelector<HTMLElement>('[data-timeline-filter]');
  const list = root.querySelector<HTMLElement>('[data-timeline]');
  if (!panel || !list) return;
  const boxes = [...panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const items = [...list.querySelectorAll<HTMLElement>('li.event')].map((element) => ({ element, facets: facetsOf(element) }));
  const groups = [...list.querySelectorAll<HTMLElement>('[data-year]')];
  const status = panel.querySelector<HTMLElement>('[data-filter-status]');
  const empty = root.querySelector<HTMLElement>('[data-timeline-empty]');
  const known = Object.fromEntries(
    TIMELINE_FACETS.map((facet) => [facet, new Set(boxes.filter((b) => b.name === facet).map((b) => b.value))]),
  ) as Record<TimelineFacet, Set<string>>;

  const readBoxes = (): TimelineFilter => {
    const params = new URLSearchParams();
    for (const box of boxes) if (box.checked) params.append(box.name, box.value);
    return parseTimelineFilter(params, known);
  };

  const apply = (filter: TimelineFilter) => {
    for (const box of boxes) box.checked = filter[box.name as TimelineFacet]?.includes(box.value) ?? false;
    let shown = 0;
    for (const { element, facets } of items) {
      const match = matchesTimelineFilter(filter, facets);
      element.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('li.event:not([hidden])');
    for (const facet of TIMELINE_FACETS) {
      const count = panel.querySelector<HTMLElement>(`[data-facet-count="${facet}"]`);
      if (count) count.textContent = filter[facet].length ? `(${filter[facet].length})` : '';
    }
    if (empty) empty.hidden = shown > 0;
    if (status) {
      status.textContent = isEmptyTimelineFilter(filter)
        ? `Showing all ${plural(items.length, 'event')}.`
        : `Showing ${shown} of ${plural(items.length, 'event')}.`;
    }
  };

  const update = (filter: TimelineFilter) => {
    apply(filter);
    history.replaceState(history.state, '', `${location.pathname}${timelineQuery(filter)}${location.hash}`);
  };

  apply(parseTimelineFilter(new URLSearchParams(location.search), known));
  closeOtherFacets(panel, root);
  panel.addEventListener('change', () => update(readBoxes()));
  panel.querySelector('[data-filter-clear]')?.addEventListener('click', () => update(emptyTimelineFilter()));
}

/**
 * The facet lists open as pop-overs on wide screens: one at a time, closed by
 * Escape (focus returns to its summary) or by a click elsewhere.
 */
function closeOtherFacets(panel: HTMLElement, root: Document): void {
  const facets = [...panel.querySelectorAll<HTMLDetailsElement>('details')];
  for (const facet of facets) {
    facet.addEventListener('toggle', () => {
      if (facet.open) for (const other of facets) if (other !== facet) other.open = false;
    });
    facet.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !facet.open) return;
      facet.open = false;
      facet.querySelector('summary')?.focus();
    });
  }
  root.addEventListener('click', (event) => {
    if (event.target instanceof Node && panel.contains(event.target)) return;
    for (const facet of facets) facet.open = false;
  });
}
