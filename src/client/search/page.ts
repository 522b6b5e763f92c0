/**
 * The search page. Its whole state is the URL (the query and every facet of
 * the facet list): opening an address restores the search, and every change rewrites
 * the address, so copying it shares the search. Each search the reader
 * settles on (a pause in typing, Enter, a filter ticked or dropped) keeps a
 * history entry of its own, so Back steps through them; the keystrokes in
 * between replace each other. Filters stay on across queries, so they are
 * listed above the results, each with a button that drops it. Down arrow
 * moves from the box into the results, arrows move between them, Enter
 * follows the focused link.
 */
import type { FacetGroup } from '../../lib/search/facets.ts';
import { SEARCH_TYPE_LABEL, type SearchType } from '../../lib/search/types.ts';
import type { SearchView } from '../../lib/search/present.ts';
import { FACET_LABEL } from '../../lib/search/facet-list.ts';
import { FACETS, type Facet, parseSearchState, type SearchState, selectedCount, serializeSearchState, toggleFacet } from '../../lib/search/url-state.ts';
import { renderFacets } from './facets-view.ts';
import { el, reportPainted, resultCount, resultItem } from './render.ts';
import { onIndexGrown, search } from './search-client.ts';

/** Results shown at first, and added by "Show more". */
const PAGE = 10;
/** While typing, facet counts wait for this pause, so each keystroke redraws only the results. */
const FACETS_DELAY_MS = 150;
/** And the count is spoken after this one, so a screen reader is not interrupted on every keystroke. */
const ANNOUNCE_DELAY_MS = 600;
/** A pause in typing this long settles a search: the next keystroke starts a new history entry. */
const SETTLE_MS = 1000;

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
  const active = root.querySelector<HTMLElement>('[data-search-active]')!;
  const baseTitle = document.title;

  // Beside the results on wide screens; folded away above them on narrow ones.
  filters.open = matchMedia('(min-width: 60rem)').matches;
  const filtersSummary = filters.querySelector('summary')!;

  let state: SearchState = parseSearchState(location.search);
  let limit = PAGE;
  /** Whether the current history entry holds a settled search, which the next change must not overwrite. */
  let settled = true;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Labels of selected facet values, learnt from the facets the engine returns. */
  const labels = new Map<string, string>();
  input.value = state.q;
  status.textContent = 'Loading search…';

  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title')];

  const describe = (view: SearchView) => {
    const q = view.query.trim();
    const selected = selectedCount(state);
    const filtered = selected ? ` with ${selected === 1 ? '1 filter' : `${selected} filters`}` : '';
    if (!view.total) return q ? `No results for “${q}”${filtered}.` : 'Nothing matches these filters.';
    return `${resultCount(view.total)}${q ? ` for “${q}”` : ''}${filtered}${view.total > view.results.length ? `, showing ${view.results.length}` : ''}.`;
  };

  const valueLabel = (facet: Facet, value: string) =>
    facet === 'type' ? SEARCH_TYPE_LABEL[value as SearchType].many : (labels.get(`${facet}:${value}`) ?? value);

  /** The filters in force, each a button that drops it, so none carries over to a new query unseen. */
  const showActive = () => {
    const buttons = FACETS.flatMap((facet) =>
      state[facet].map((value) => {
        const text = `${FACET_LABEL[facet]}: ${valueLabel(facet, value)}`;
        const button = el('button', 'search-active__drop', text, el('span', '', ' ×'));
        button.type = 'button';
        button.dataset.facet = facet;
        button.value = value;
        button.setAttribute('aria-label', `Remove filter ${text}`);
        return el('li', '', button);
      }),
    );
    active.hidden = buttons.length === 0;
    active.querySelector('ul')!.replaceChildren(...buttons);
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
    if (typing) facetsTimer = setTimeout(() => void runFacets(), FACETS_DELAY_MS);
    // Counts still loading: the ones drawn before stay until the worker says they are in (onIndexGrown).
    else if (!view.facetsPending) drawFacets(view);
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (announcer.textContent = summary), typing ? ANNOUNCE_DELAY_MS : 0);
  };

  const drawFacets = (view: SearchView) => {
    showFacets(view.facets, view.query);
    root.dataset.index = 'complete';
  };

  const run = async (typing = false) => {
    try {
      // While typing, counts are not even computed: they are asked for after a pause (runFacets).
      const view = await search('page', state, { limit, facets: !typing });
      if (view) show(view, typing);
    } catch {
      status.textContent = 'Search could not load. Reload the page to try again, or browse the digests, countries and actors from the menu.';
      announcer.textContent = status.textContent;
    }
  };

  /** Asks for the counts of the search on screen, once typing pauses. */
  const runFacets = async () => {
    const asked = state;
    try {
      const view = await search('facets', asked, { limit: 1 });
      if (view && asked === state && !view.facetsPending) drawFacets(view);
    } catch {
      // The results' own request reports a search that cannot load.
    }
  };

  /**
   * Shows `next` and writes it to the address: in a new history entry when
   * the current one holds a settled search, else in place. Typing settles
   * after a pause; anything else settles at once.
   */
  const update = (next: SearchState, typing = false) => {
    state = next;
    limit = PAGE;
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (settled) history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    }
    clearTimeout(settleTimer);
    settled = !typing;
    if (typing) settleTimer = setTimeout(() => (settled = true), SETTLE_MS);
    showActive();
    void run(typing);
  };

  // Back and Forward step through settled searches.
  addEventListener('popstate', () => {
    clearTimeout(settleTimer);
    settled = true;
    state = parseSearchState(location.search);
    limit = PAGE;
    input.value = state.q;
    showActive();
    void run();
  });

  function showFacets(groups: readonly FacetGroup[], query: string) {
    for (const group of groups) for (const v of group.values) if (v.selected) labels.set(`${group.facet}:${v.value}`, v.label);
    showActive();
    const shown = renderFacets(facetsBox, groups);
    // Which search the counts belong to, as they may trail the results by a moment.
    facetsBox.dataset.query = query;
    filters.hidden = shown === 0;
    const selected = selectedCount(state);
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
  active.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-facet]');
    if (!button) return;
    const next = toggleFacet(state, button.dataset.facet as Facet, button.value);
    update(next);
    // Focus stays in the list, on the next filter, or goes back to the box when none is left.
    (active.querySelector<HTMLButtonElement>('button[data-facet]') ?? input).focus();
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

  // Facet counts arrive after the first results: draw the same search again with them.
  onIndexGrown(() => void run());
  showActive();
  void run();
}
