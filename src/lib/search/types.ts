/**
 * The shape of the published search index and the vocabulary shared by the
 * build, the search engine and the browser. It imports only the table of
 * kinds (which imports nothing), so browser bundles pull in nothing else.
 */
import { isEntityKind, KIND_NAMES, KINDS, type Kind } from '../kinds.ts';

/** What a result can be: a page of any kind, or a claim, which is a row of its digest's page. */
export type SearchType = Kind | 'claim';

/** Every type of result, in the order the type facet lists them. */
export const SEARCH_TYPES: readonly SearchType[] = [...KIND_NAMES, 'claim'];

/** How results and the type facet name each type. */
export const SEARCH_TYPE_LABEL = {
  ...KINDS,
  claim: { one: 'Claim', many: 'Claims' },
} as const satisfies Record<SearchType, { one: string; many: string }>;

/** Types whose documents are entities: their title is a name, and pages can concern them. */
export const isEntityType = (type: SearchType): boolean => type !== 'claim' && isEntityKind(type);

/** One page, as search sees it. */
export interface SearchDoc {
  type: SearchType;
  /** The page's id; a claim's is `<digest id>#<claim id>`. */
  id: string;
  /** A digest's or dispute's title, an entity's name, a claim's text. */
  title: string;
  /** The page's summary, shortened (see SUMMARY_LIMIT). */
  summary: string;
  /** An entity's other names and spellings, in every script. */
  aliases?: string[];
  /** Words that find the page but are not shown: outlet, original headline, authors, capital. */
  extra?: string;
  /** A line shown under the title: outlet and date for digests, dates for events, a claim's status (its maker is `about[0]`). */
  meta?: string;
  /** A claim's digest, by position in the document list: the result names it (not searched). */
  in?: number;
  /** Positions (in the document list) of the entities the page concerns, most central first. */
  about?: number[];
}

/** The published index, `/search/index.json`. */
export interface SearchIndexData {
  /** Bumped when the format changes. */
  version: 1;
  /** Digests newest first, then countries, actors and topics by name, events by date, disputes by title, claims in digest order. */
  docs: SearchDoc[];
  /**
   * Words → documents, built at build time (see inverted-index.ts). Without
   * it the engine builds the same from `docs`, slower and without the words
   * of `extra`, which the published documents leave out.
   */
  inverted?: { words: string[]; postings: number[][] };
}

/** The path the index of every page is published at. */
export const SEARCH_INDEX_PATH = '/search/index.json';
/** The path of its claims part, fetched after it. */
export const SEARCH_CLAIMS_PATH = '/search/claims.json';
