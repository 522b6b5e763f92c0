/**
 * The shape of the published search index and the vocabulary shared by the
 * build, the search engine and the browser. It imports only the table of
 * kinds (which imports nothing), so browser bundles pull in nothing else.
 */
import type { Kind } from '../kinds.ts';

/** One page, as search sees it. */
export interface SearchDoc {
  type: Kind;
  id: string;
  /** A digest's or dispute's title, an entity's name. */
  title: string;
  /** The page's summary, shortened (see SUMMARY_LIMIT). */
  summary: string;
  /** An entity's other names and spellings, in every script. */
  aliases?: string[];
  /** Words that find the page but are not shown: outlet, original headline, authors, capital. */
  extra?: string;
  /** A line shown under the title: outlet and date for digests, dates for events. */
  meta?: string;
  /** Positions (in the document list) of the entities the page concerns, most central first. */
  about?: number[];
}

/** The published index, `/search/index.json`. */
export interface SearchIndexData {
  /** Bumped when the format changes. */
  version: 1;
  /** Digests newest first, then countries, actors and topics by name, events by date, disputes by title. */
  docs: SearchDoc[];
  /**
   * Words → documents, built at build time (see inverted-index.ts). Without
   * it the engine builds the same from `docs`, slower and without the words
   * of `extra`, which the published documents leave out.
   */
  inverted?: { words: string[]; postings: number[][] };
}

/** The path the index is published at. */
export const SEARCH_INDEX_PATH = '/search/index.json';
