/**
 * Bounded pages: every list that grows with the corpus is cut into pages of
 * a fixed size, so no page's size depends on how many digests there are.
 *
 * URL scheme (stable; page 1 always keeps the list's own URL):
 *   /digests/  /digests/2/  /digests/3/ …         every digest, newest first
 *   /disputes/ /disputes/2/ …                      every dispute, by title
 *   /countries/china/                              the entity page, first page of each list
 *   /countries/china/digests/2/ …                  digests that mention it
 *   /actors/x/claims-by/2/ …                       claims it makes
 *   /countries/china/claims-about/2/ …             claims about it
 *   /countries/china/disputes/2/ …                 disputes about it
 * File names need a letter (src/lib/corpus.ts), so a page number
 * never collides with a digest or dispute id.
 */
import type { ClaimInDigest, EntityGraph, Backlink } from '../graph.ts';
import type { Entry } from '../corpus.ts';
import type { Kind } from '../kinds.ts';
import { entryUrl } from '../urls.ts';

/** Items per page of each paginated list; sized so a page stays well under 200 KB of HTML. */
export const PAGE_SIZE = {
  digests: 50,
  disputes: 25,
  entityDigests: 25,
  entityClaims: 25,
  entityDisputes: 5,
} as const;

/** The lists of an entity page that continue on pages of their own, by URL segment. */
export const ENTITY_LISTS = ['digests', 'claims-by', 'claims-about', 'disputes'] as const;
export type EntityListName = (typeof ENTITY_LISTS)[number];

/** How each entity list is headed, what its page links call it, and which anchor it has on page 1. */
export const ENTITY_LIST_INFO: Record<
  EntityListName,
  { anchor: string; heading: (name: string) => string; label: (name: string) => string; size: number }
> = {
  digests: { anchor: 'digests', heading: (n) => `Digests that mention ${n}`, label: (n) => `digests that mention ${n}`, size: PAGE_SIZE.entityDigests },
  'claims-by': { anchor: 'claims-by', heading: (n) => `Claims made by ${n}`, label: (n) => `claims by ${n}`, size: PAGE_SIZE.entityClaims },
  'claims-about': { anchor: 'claims-about', heading: (n) => `Claims about ${n}`, label: (n) => `claims about ${n}`, size: PAGE_SIZE.entityClaims },
  disputes: { anchor: 'disputes', heading: (n) => `Where sources disagree about ${n}`, label: (n) => `disputes about ${n}`, size: PAGE_SIZE.entityDisputes },
};

/** The items of each entity list, in the order the pages show them. */
export interface EntityLists {
  digests: Backlink[];
  'claims-by': ClaimInDigest[];
  'claims-about': ClaimInDigest[];
  disputes: Entry<'dispute'>[];
}

/** Every long list of an entity page, in full. */
export function entityLists(graph: EntityGraph, id: string): EntityLists {
  return {
    digests: graph.backlinks(id),
    'claims-by': graph.claimsBy(id),
    'claims-about': graph.claimsAbout(id),
    disputes: graph.disputesAbout(id),
  };
}

/** The entry an item of an entity list comes from: a backlink's or a claim's digest, or the dispute itself. */
export function listItemEntry(item: EntityLists[EntityListName][number]): string {
  if ('digest' in item) return item.digest.id;
  return item.id;
}

/** Number of pages a list of `total` items fills; an empty list still has its first page. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `n` (1-based) of a list. */
export function pageItems<T>(items: readonly T[], size: number, n: number): T[] {
  if (!Number.isInteger(n) || n < 1 || n > pageCount(items.length, size)) {
    throw new Error(`page ${n} does not exist: the list has ${pageCount(items.length, size)} page(s)`);
  }
  return items.slice((n - 1) * size, n * size);
}

/** URL of page `n` of a list whose first page is `base` (a path ending in "/"). */
export function pagePath(base: string, n: number): string {
  return n === 1 ? base : `${base}${n}/`;
}

/** Where an entity list's page `n` is: page 1 is the section of the entity page itself. */
export function entityListPath(kind: Kind, id: string, list: EntityListName, n: number): string {
  return n === 1 ? `${entryUrl(kind, id)}#${ENTITY_LIST_INFO[list].anchor}` : `${entryUrl(kind, id)}${list}/${n}/`;
}

/** What a page's navigation shows: where it is, the neighbours, and a few numbered pages. */
export interface PageNav {
  current: number;
  last: number;
  prev?: string | undefined;
  next?: string | undefined;
  /** Numbered links in order; `undefined` marks a gap ("…"). */
  pages: Array<{ n: number; url: string; current: boolean } | undefined>;
}

/**
 * The navigation of page `current` of `last`: previous and next, the first
 * and last page, and the pages next to the current one, so that a list of
 * any length is at most a few clicks from any of its pages.
 */
export function pageNav(current: number, last: number, url: (n: number) => string): PageNav {
  if (!Number.isInteger(current) || !Number.isInteger(last) || current < 1 || current > last) {
    throw new Error(`page ${current} of ${last} does not exist`);
  }
  const shown = [...new Set([1, current - 1, current, current + 1, last])].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
  const pages: PageNav['pages'] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) pages.push(undefined);
    pages.push({ n, url: url(n), current: n === current });
  });
  return {
    current,
    last,
    prev: current > 1 ? url(current - 1) : undefined,
    next: current < last ? url(current + 1) : undefined,
    pages,
  };
}

/** "Items 101–200 of 1,953": which part of the list a page shows. */
export function rangeLabel(n: number, size: number, total: number, noun: { one: string; many: string }): string {
  const fmt = (x: number) => x.toLocaleString('en');
  if (total === 0) return `No ${noun.many}`;
  const start = (n - 1) * size + 1;
  const end = Math.min(total, n * size);
  if (total === 1) return `1 ${noun.one}`;
  return start === 1 && end === total ? `${fmt(total)} ${noun.many}` : `${noun.many[0]!.toUpperCase()}${noun.many.slice(1)} ${fmt(start)}–${fmt(end)} of ${fmt(total)}`;
}
