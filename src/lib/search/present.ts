/**
 * What a result shows: plain data with highlighting already worked out, so
 * the worker can send it and the page only has to turn it into elements.
 */
import { entryUrl } from '../urls.ts';
import type { SearchEngine, SearchOutcome } from './engine.ts';
import type { FacetGroup } from './facets.ts';
import { hasMark, highlight, type Segment } from './highlight.ts';
import { KINDS, type Kind } from '../kinds.ts';

/** Entities a result lists at most. */
export const MAX_CONCERNS = 4;

export interface ResultView {
  url: string;
  type: Kind;
  typeLabel: string;
  title: Segment[];
  /** The other name that matched, when the title itself did not. */
  alias?: Segment[];
  snippet: Segment[];
  meta?: string;
  /** The entities the page concerns: those the query matched first. */
  concerns: Array<{ label: Segment[]; url: string }>;
}

export interface SearchView {
  query: string;
  total: number;
  results: ResultView[];
  facets: FacetGroup[];
}

/** The view of a search outcome: highlighted titles, snippets and the entities each result concerns. */
export function presentOutcome(engine: SearchEngine, outcome: SearchOutcome): SearchView {
  const direct = new Set(outcome.words);
  const words = new Set([...outcome.words, ...outcome.names]);
  const { docs } = engine;
  const results = outcome.results.map(({ doc: at }): ResultView => {
    const doc = docs[at]!;
    const title = highlight(doc.title, words);
    const view: ResultView = {
      url: entryUrl(doc.type, doc.id),
      type: doc.type,
      typeLabel: KINDS[doc.type].one,
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
    const concerns = (doc.about ?? []).map((e) => ({ label: highlight(docs[e]!.title, words), url: entryUrl(docs[e]!.type, docs[e]!.id) }));
    // Matched entities first; sort is stable, so the rest keep their order.
    concerns.sort((a, b) => Number(hasMark(b.label)) - Number(hasMark(a.label)));
    view.concerns = concerns.slice(0, MAX_CONCERNS);
    return view;
  });
  return { query: outcome.query, total: outcome.total, results, facets: outcome.facets };
}
