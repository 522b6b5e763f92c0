/**
 * The facet checkboxes of the search page. Rebuilt with every result list;
 * the values folded under "more" are only built when that list is opened,
 * so a keystroke redraws a few dozen boxes, not hundreds.
 */
import type { FacetGroup, FacetValue } from '../../lib/search/facets.ts';
import { type Facet, FACET_LABEL } from '../../lib/search/facet-list.ts';
import { el } from './render.ts';

/** Values shown under a facet before "more". */
const SHOWN = 8;


function valueItem(facet: Facet, value: FacetValue): HTMLLIElement {
  const box = el('input', '');
  box.type = 'checkbox';
  box.id = `facet-${facet}-${value.value}`;
  box.dataset.facet = facet;
  box.value = value.value;
  box.checked = value.selected;
  const label = el('label', '', box, el('span', '', value.label), el('span', 'search-facet__count', String(value.count)));
  label.htmlFor = box.id;
  return el('li', '', label);
}

function facetFieldset(group: FacetGroup, open: boolean): HTMLFieldSetElement {
  // Selected values stay in view even when their count ranks them low.
  const shown = group.values.filter((v, i) => i < SHOWN || v.selected);
  const rest = group.values.filter((v) => !shown.includes(v));
  const fieldset = el('fieldset', 'search-facet', el('legend', '', FACET_LABEL[group.facet]), el('ul', '', ...shown.map((v) => valueItem(group.facet, v))));
  if (rest.length) {
    const list = el('ul', '');
    const details = el('details', '', el('summary', '', `${rest.length} more`), list);
    details.dataset.facet = group.facet;
    const fill = () => {
      if (details.open && !list.firstChild) list.append(...rest.map((v) => valueItem(group.facet, v)));
    };
    details.addEventListener('toggle', fill);
    details.open = open;
    fill();
    fieldset.append(details);
  }
  return fieldset;
}

/** Redraws the facets in `container`, keeping open "more" lists open and focus on the box it was on. */
export function renderFacets(container: HTMLElement, groups: readonly FacetGroup[]): number {
  const active = document.activeElement;
  const focused = active instanceof HTMLInputElement && container.contains(active) ? active.id : undefined;
  const open = new Set([...container.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.facet));
  const fieldsets = groups.filter((g) => g.values.length > 0).map((g) => facetFieldset(g, open.has(g.facet)));
  container.replaceChildren(...fieldsets);
  if (focused) document.getElementById(focused)?.focus();
  return fieldsets.length;
}
