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
  /** A claim's digest's title, in published shards instead of `in` (not searched). */
  context?: string;
  /** Positions (in the document list) of the entities the page concerns, most central first. */
  about?: number[];
}

/** A whole index in one piece: what tests and the build start from (the site publishes it in shards, see shards.ts). */
export interface SearchIndexData {
  version: typeof SEARCH_INDEX_VERSION;
  /** Digests newest first, then countries, actors and topics by name, events by date, disputes by title, claims in digest order. */
  docs: SearchDoc[];
  /**
   * Words → documents, built at build time (see inverted-index.ts). Without
   * it the engine builds the same from `docs`.
   */
  inverted?: { words: string[]; postings: number[][] };
}

/** The format version of the published index; bumped when it changes. */
export const SEARCH_INDEX_VERSION = 3;

/**
 * `/search/index.json`: all a search needs before it knows its words. The
 * rest is in shards fetched as queries need them (see shards.ts).
 */
export interface SearchBase {
  version: typeof SEARCH_INDEX_VERSION;
  /** Changes with the content; the facet table carries it, so a stale table is never mixed with a newer base. */
  key: string;
  /** How many documents the index has. */
  size: number;
  /** Every word in search form, sorted by code unit. */
  words: string[];
  /** Position of the first word of each postings shard. */
  wordShards: number[];
  /**
   * The name of each postings shard, `/search/words/<name>.json`: a hash of
   * its content. A shard that an edit did not touch keeps its name and its
   * file, and a base names only the shards of its own build.
   */
  wordShardNames: string[];
  /** Position of the first document of each document shard. */
  docShards: number[];
  /** The name of each document shard, `/search/docs/<name>.json`, a hash of its content as for the postings. */
  docShardNames: string[];
  /** The entities, which are consecutive in the document list from `entitiesFrom`: names, aliases and labels for every search. */
  entitiesFrom: number;
  entities: SearchDoc[];
  /** Words in the shortest name or title of each document before the claims (a claim's text weighs as text, so it needs none). */
  titleWords: number[];
  /**
   * Facet counts with no query and no filter (the search page as it opens):
   * documents of each type (by position in SEARCH_TYPES) and documents with
   * each entity as a facet value (by position from `entitiesFrom`).
   */
  browseCounts: { types: number[]; entities: number[] };
}

/** `/search/words/<name>.json`: the postings of consecutive words of the vocabulary, encoded as in inverted-index.ts. */
export interface SearchWordShard {
  postings: number[][];
}

/** `/search/docs/<name>.json`: consecutive documents as results show them. A claim names its digest in `context`. */
export interface SearchDocShard {
  docs: SearchDoc[];
}

/**
 * `/search/facets.json`: what facet counts need of every document, fetched
 * once a search shows facets. `types` has one letter per document ("a" is the
 * first of SEARCH_TYPES); `about` lists each document's entities that are
 * facet values, as positions counted from `entitiesFrom`.
 */
export interface SearchFacetTable {
  key: string;
  types: string;
  about: number[][];
}

/** The path the base of the index is published at. */
export const SEARCH_INDEX_PATH = '/search/index.json';
/** The paths of its shards, by name. */
export const searchWordShardPath = (name: string) => `/search/words/${name}.json`;
export const searchDocShardPath = (name: string) => `/search/docs/${name}.json`;
export const SEARCH_FACETS_PATH = '/search/facets.json';
