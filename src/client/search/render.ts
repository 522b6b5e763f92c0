/**
 * DOM for search results. Everything from the index or the query goes in as
 * text nodes; highlighting arrives as segments and becomes <mark> elements.
 * No HTML string is ever parsed here.
 */
import type { Segment } from '../../lib/search/highlight.ts';
import type { ResultView } from '../../lib/search/present.ts';

type Child = Node | string;

/** An element with a class and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Text nodes and <mark> elements for highlighted segments. */
export function segmentNodes(segments: readonly Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', '', s.text) : document.createTextNode(s.text)));
}

/** One result on the search page: title link first, then type, other name, meta, snippet, entities. */
export function resultItem(result: ResultView): HTMLLIElement {
  const title = el('a', 'search-result__title', ...segmentNodes(result.title));
  title.href = result.url;
  const head = el('p', 'search-result__head', el('span', `search-type search-type--${result.type}`, result.typeLabel), ' ', title);
  const item = el('li', 'search-result', head);
  if (result.alias) item.append(el('p', 'search-result__alias', 'Also known as ', ...segmentNodes(result.alias)));
  if (result.meta) item.append(el('p', 'meta', result.meta));
  if (result.context) item.append(el('p', 'search-result__context', `In the digest “${result.context}”`));
  if (result.snippet.length) item.append(el('p', 'search-result__snippet', ...segmentNodes(result.snippet)));
  if (result.concerns.length) {
    const list = el('ul', 'chips chips--small');
    list.setAttribute('aria-label', 'Concerns');
    for (const entity of result.concerns) {
      const link = el('a', '', ...segmentNodes(entity.label));
      link.href = entity.url;
      list.append(el('li', '', link));
    }
    item.append(list);
  }
  return item;
}

/** A compact option for the header box's list: type, title, and the other name or meta line. */
export function optionItem(result: ResultView, id: string): HTMLAnchorElement {
  const type = el('span', `search-type search-type--${result.type}`, result.typeLabel);
  const option = el('a', 'search-option', type, ' ', el('span', 'search-option__title', ...segmentNodes(result.title)));
  const detail = result.alias ? ['Also known as ', ...segmentNodes(result.alias)] : result.meta ? [result.meta] : [];
  if (detail.length) option.append(el('span', 'search-option__detail', ...detail));
  option.id = id;
  option.href = result.url;
  option.tabIndex = -1;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  return option;
}

/** "1 result", "2,345 results". */
export function resultCount(n: number): string {
  return `${n.toLocaleString('en')} ${n === 1 ? 'result' : 'results'}`;
}

/**
 * Tells whoever measures search (see docs/SEARCH.md) that results for
 * `query` are on screen: in the next frame, mark `search:painted` and
 * dispatch `search:rendered` on the document.
 */
export function reportPainted(query: string, count: number) {
  requestAnimationFrame(() => {
    performance.mark('search:painted');
    document.dispatchEvent(new CustomEvent('search:rendered', { detail: { query, count } }));
  });
}
