/**
 * What a result shows: plain data with highlighting already worked out, so
 * the worker can send it and the page only has to turn it into elements.
 */
import { claimUrl, entryUrl } from '../urls.ts';
import type { SearchEngine, SearchOutcome } from './engine.ts';
import type { FacetGroup } from './facets.ts';
import { hasMark, highlight, type Segment } from './highlight.ts';
import { SEARCH_TYPE_LABEL, type SearchDoc, type SearchType } from './types.ts';

/** Entities a result lists at most. */
export const MAX_CONCERNS = 4;

export interface ResultView {
  url: string;
  type: SearchType;
  typeLabel: string;
  title: Segment[];
  /** The other name that matched, when the title itself did not. */
  alias?: Segment[];
  snippet: Segment[];
  meta?: string;
  /** For a claim, the digest it is recorded in. */
  context?: string;
  /** The entities the page concerns: those the query matched first. */
  concerns: Array<{ label: Segment[]; url: string }>;
}

export interface SearchView {
  query: string;
  total: number;
  results: ResultView[];
  facets: FacetGroup[];
  /** Facet counts are still loading: keep showing the ones drawn before. */
  facetsPending?: boolean;
}

/** Where a result leads: a page, or for a claim its row on its digest's page. */
export function searchDocUrl(doc: Pick<SearchDoc, 'type' | 'id'>): string {
  if (doc.type !== 'claim') return entryUrl(doc.type, doc.id);
  const [digest = '', claim = ''] = doc.id.split('#');
  return claimUrl(digest, claim);
}

/** The view of a search outcome: highlighted titles, snippets and the entities each result concerns. */
export function presentOutcome(engine: SearchEngine, outcome: SearchOutcome): SearchView {
  const direct = new Set(outcome.words);
  const words = new Set([...outcome.words, ...outcome.variants, ...outcome.names]);
  const docAt = (at: number) => engine.doc(at);
  const results = outcome.results.map(({ doc: at }): ResultView => {
    const doc = docAt(at);
    const title = highlight(doc.title, words);
    const view: ResultView = {
      url: searchDocUrl(doc),
      type: doc.type,
      typeLabel: SEARCH_TYPE_LABEL[doc.type].one,
      title,
      snippet: highlight(doc.summary, words),
      concerns: [],
    };
    // When the query matched another name, not the title's own words, say which.
    if (!hasMark(highlight(doc.title, direct))) {
      const alias = doc.aliases?.map((a) => highlight(a, direct)).find(hasMark);
      if (alias) view.alias = alias;
    }
    if (doc.meta) view.meta = doc.meta;
    if (doc.type === 'claim') {
      const maker = doc.about?.[0];
      if (maker !== undefined) view.meta = `${docAt(maker).title} · ${doc.meta ?? ''}`;
      const context = doc.context ?? (doc.in !== undefined ? docAt(doc.in).title : undefined);
      if (context !== undefined) view.context = context;
    }
    const concerns = (doc.about ?? []).map((e) => ({ label: highlight(docAt(e).title, words), url: searchDocUrl(docAt(e)) }));
    // Matched entities first; sort is stable, so the rest keep their order.
    concerns.sort((a, b) => Number(hasMark(b.label)) - Number(hasMark(a.label)));
    view.concerns = concerns.slice(0, MAX_CONCERNS);
    return view;
  });
  return { query: outcome.query, total: outcome.total, results, facets: outcome.facets, ...(outcome.facetsPending ? { facetsPending: true } : {}) };
}
