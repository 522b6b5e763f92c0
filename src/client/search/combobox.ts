/**
 * The header search box as an ARIA combobox: typing lists the best matches
 * in a listbox under the box, arrow keys move through them while focus stays
 * in the box (aria-activedescendant), Enter opens the chosen one or, with
 * none chosen, submits to the search page. Loaded on first use by boot.ts.
 */
import { emptyState, serializeSearchState } from '../../lib/search/url-state.ts';
import type { SearchView } from '../../lib/search/present.ts';
import { el, optionItem, reportPainted, resultCount } from './render.ts';
import { search } from './search-client.ts';

/** Matches listed under the box, before the option that leads to all results. */
const MATCHES = 8;
/** Wait before announcing a count, so a screen reader is not interrupted on every keystroke. */
const ANNOUNCE_DELAY_MS = 500;

const attached = new WeakSet<HTMLFormElement>();

/** Makes the search form a combobox; safe to call more than once. */
export function attachCombobox(form: HTMLFormElement) {
  if (attached.has(form)) return;
  attached.add(form);
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const listId = `${input.id}-list`;
  const list = el('div', 'search-popup__list');
  list.id = listId;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  const empty = el('p', 'search-popup__empty');
  const popup = el('div', 'search-popup', list, empty);
  popup.hidden = true;
  const status = el('p', 'visually-hidden');
  status.id = `${input.id}-status`;
  status.setAttribute('aria-live', 'polite');
  form.append(popup, status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const setActive = (next: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = next;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      option.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', option.id);
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const open = (isOpen: boolean) => {
    popup.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen && options.length > 0));
    if (!isOpen) setActive(-1);
  };

  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (status.textContent = text), ANNOUNCE_DELAY_MS);
  };

  const show = (view: SearchView) => {
    const query = view.query;
    options = view.results.map((r, i) => optionItem(r, `${listId}-${i}`));
    if (view.total > view.results.length) {
      const all = el('a', 'search-option search-option--all', `All ${resultCount(view.total)} for “${query.trim()}”`);
      all.href = `/search/${serializeSearchState({ ...emptyState(), q: query })}`;
      all.id = `${listId}-all`;
      all.tabIndex = -1;
      all.setAttribute('role', 'option');
      all.setAttribute('aria-selected', 'false');
      options.push(all);
    }
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren(...options);
    empty.textContent = view.total ? '' : `No results for “${query.trim()}”.`;
    empty.hidden = view.total > 0;
    open(true);
    announce(view.total ? resultCount(view.total) : 'No results');
    reportPainted(query, view.total);
  };

  const run = async () => {
    const query = input.value;
    if (!query.trim()) {
      options = [];
      list.replaceChildren();
      open(false);
      return;
    }
    try {
      const view = await search(input.id, { ...emptyState(), q: query }, { limit: MATCHES, facets: false });
      // A reply for an older value of the box, or for a box since cleared, is not shown.
      if (view && input.value === query) show(view);
    } catch {
      options = [];
      list.replaceChildren();
      empty.hidden = false;
      empty.textContent = 'Search is unavailable right now. Press Enter to open the search page.';
      open(true);
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => {
    if (input.value.trim() && options.length) open(true);
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (popup.hidden) {
          open(true);
          void run();
        } else if (options.length) setActive(active + 1 < options.length ? active + 1 : 0);
        break;
      case 'ArrowUp':
        if (popup.hidden || !options.length) return;
        event.preventDefault();
        setActive(active > 0 ? active - 1 : active === 0 ? -1 : options.length - 1);
        break;
      case 'Enter':
        if (active >= 0 && !popup.hidden) {
          event.preventDefault();
          options[active]!.click();
        }
        break;
      case 'Escape':
        if (!popup.hidden) {
          event.preventDefault();
          open(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          void run();
        }
        break;
    }
  });
  // Keep focus in the box while an option is clicked, so the click lands.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) open(false);
  });

  if (document.activeElement === input && input.value.trim()) void run();
}
