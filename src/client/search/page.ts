/**
 * The search page. Its whole state is the URL (q, type, country, actor,
 * topic): opening an address restores the search, and typing or ticking a
 * facet rewrites the address in place (history.replaceState), so copying it
 * shares the search. Down arrow moves from the box into the results, arrows
 * move between them, Enter follows the focused link.
 */
import type { FacetGroup } from '../../lib/search/facets.ts';
import type { SearchView } from '../../lib/search/present.ts';
import { type Facet, parseSearchState, type SearchState, serializeSearchState, toggleFacet } from '../../lib/search/url-state.ts';
import { renderFacets } from './facets-view.ts';
import { reportPainted, resultCount, resultItem } from './render.ts';
import { search } from './search-client.ts';

/** Results shown at first, and added by "Show more". */
const PAGE = 10;
/** While typing, facet counts wait for this pause, so each keystroke redraws only the results. */
const FACETS_DELAY_MS = 150;
/** And the count is spoken after this one, so a screen reader is not interrupted on every keystroke. */
const ANNOUNCE_DELAY_MS = 600;

export function attachSearchPage(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const announcer = root.querySelector<HTMLElement>('[data-search-announce]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const baseTitle = document.title;

  // Beside the results on wide screens; folded away above them on narrow ones.
  filters.open = matchMedia('(min-width: 60rem)').matches;
  const filtersSummary = filters.querySelector('summary')!;

  let state: SearchState = parseSearchState(location.search);
  let limit = PAGE;
  input.value = state.q;
  status.textContent = 'Loading search…';

  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title')];

  const describe = (view: SearchView) => {
    const q = view.query.trim();
    if (!view.total) return q ? `No results for “${q}”.` : 'Nothing matches these filters.';
    return `${resultCount(view.total)}${q ? ` for “${q}”` : ''}${view.total > view.results.length ? `, showing ${view.results.length}` : ''}.`;
  };

  let facetsTimer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** Draws results now; while the reader types, facets and the spoken count wait for a pause. */
  const show = (view: SearchView, typing: boolean) => {
    const summary = describe(view);
    status.textContent = summary;
    list.replaceChildren(...view.results.map(resultItem));
    more.hidden = view.total <= view.results.length;
    document.title = view.query.trim() ? `“${view.query.trim()}” · ${baseTitle}` : baseTitle;
    reportPainted(view.query, view.total);
    clearTimeout(facetsTimer);
    if (typing) facetsTimer = setTimeout(() => showFacets(view.facets, view.query), FACETS_DELAY_MS);
    else showFacets(view.facets, view.query);
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (announcer.textContent = summary), typing ? ANNOUNCE_DELAY_MS : 0);
  };

  const run = async (typing = false) => {
    try {
      const view = await search('page', state, { limit });
      if (view) show(view, typing);
    } catch {
      status.textContent = 'Search could not load. Reload the page to try again, or browse the digests, countries and actors from the menu.';
      announcer.textContent = status.textContent;
    }
  };

  const update = (next: SearchState, typing = false) => {
    state = next;
    limit = PAGE;
    history.replaceState(history.state, '', `${location.pathname}${serializeSearchState(state)}`);
    void run(typing);
  };

  function showFacets(groups: readonly FacetGroup[], query: string) {
    const shown = renderFacets(facetsBox, groups);
    // Which search the counts belong to, as they may trail the results by a moment.
    facetsBox.dataset.query = query;
    filters.hidden = shown === 0;
    const selected = state.type.length + state.country.length + state.actor.length + state.topic.length;
    filtersSummary.textContent = selected ? `Filters (${selected} selected)` : 'Filters';
    clear.hidden = selected === 0;
  }

  input.addEventListener('input', () => update({ ...state, q: input.value }, true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...state, q: input.value });
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.dataset.facet) update(toggleFacet(state, box.dataset.facet as Facet, box.value));
  });
  clear.addEventListener('click', () => {
    update({ ...parseSearchState(''), q: state.q });
    input.focus();
  });
  more.addEventListener('click', () => {
    const next = resultLinks().length;
    limit += PAGE;
    void run().then(() => resultLinks()[next]?.focus());
  });

  // Arrow keys: from the box into the results, and between results.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !event.isComposing) {
      const first = resultLinks()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && at + 1 < links.length) links[at + 1]!.focus();
    else if (event.key === 'ArrowUp') (at > 0 ? links[at - 1]! : input).focus();
    else if (event.key === 'Escape') input.focus();
    else return;
    event.preventDefault();
  });

  void run();
}
