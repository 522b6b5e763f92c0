/**
 * The search worker: fetches the base of the index once, then for each
 * search the shards it needs (the postings of its words, the documents it
 * shows), and answers, so no keystroke ever waits on the page's main thread
 * for more than drawing the results. Facet counts need a table of every
 * document's facets, fetched when a search first wants them; until it is
 * in, results come without counts and the page is told when it arrives, to
 * ask again. When requests pile up (typing while shards load), only the
 * newest of each box is answered.
 */
/// <reference lib="webworker" />
import { createEngine, type SearchEngine } from '../../lib/search/engine.ts';
import { presentOutcome } from '../../lib/search/present.ts';
import { INDEX_CHANGED, ShardedSource } from '../../lib/search/sharded-source.ts';
import { SEARCH_INDEX_PATH, SEARCH_INDEX_VERSION, type SearchBase } from '../../lib/search/types.ts';
import { emptyState } from '../../lib/search/url-state.ts';
import type { SearchState } from '../../lib/search/url-state.ts';
import type { SearchOptions } from '../../lib/search/engine.ts';
import type { SearchReply, SearchRequest } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  // Shards are named by their content: one the base names but the site lacks was replaced by a newer build.
  if (response.status === 404 && path !== SEARCH_INDEX_PATH) throw new Error(INDEX_CHANGED);
  if (!response.ok) throw new Error(`the search index answered ${response.status} for ${path}`);
  return response.json();
}

/** A search's outcome, with every shard it reads loaded first. */
async function answer(source: ShardedSource, engine: SearchEngine, state: SearchState, options: SearchOptions) {
  await Promise.all([source.loadWords(engine.neededWords(state)), engine.needsFacetTable(state) ? source.loadFacetTable() : undefined]);
  const outcome = engine.search(state, options);
  // What the results show: their documents, and a claim's maker and a page's entities are in the base.
  await source.loadDocs(outcome.results.map((r) => r.doc));
  return presentOutcome(engine, outcome);
}

/**
 * Matches a few words nobody typed against the vocabulary, so that code
 * (fuzzy matching above all) is compiled before the first keystroke needs
 * it. Only the base is loaded yet, so no search is run.
 */
function warmUp(engine: SearchEngine): SearchEngine {
  for (const q of ['a', 'se', 'tok', 'kazakh', 'руб']) engine.neededWords({ ...emptyState(), q });
  return engine;
}

const loaded = fetchJson(SEARCH_INDEX_PATH).then((data) => {
  const base = data as SearchBase;
  if (base.version !== SEARCH_INDEX_VERSION) throw new Error('the search index has an unknown format; reload the page');
  const source = new ShardedSource(base, fetchJson);
  return { source, engine: warmUp(createEngine(source)) };
});
// Failures reach the page with the next request; this only keeps them from being reported as unhandled.
loaded.catch(() => undefined);

/** The newest unanswered request of each channel. */
const pending = new Map<string, SearchRequest>();
let scheduled = false;
/** Whether the page has been told the facet table is in, after answering without it. */
let facetsAsked = false;

const reply = (message: SearchReply) => self.postMessage(message);

async function runPending() {
  let ready: Awaited<typeof loaded> | undefined;
  let failure: unknown;
  try {
    ready = await loaded;
  } catch (error) {
    failure = error;
  }
  // Taken only now, so requests that arrived while the base loaded collapse into the newest.
  scheduled = false;
  const requests = [...pending.values()];
  pending.clear();
  await Promise.all(
    requests.map(async (request) => {
      try {
        if (!ready) throw failure;
        const view = await answer(ready.source, ready.engine, request.state, request.options);
        reply({ kind: 'results', seq: request.seq, view });
        if (view.facetsPending && !facetsAsked) {
          facetsAsked = true;
          // Counts follow the first results; the page asks again once they can be given.
          ready.source.loadFacetTable().then(
            () => reply({ kind: 'grown' }),
            () => undefined,
          );
        }
      } catch (error) {
        reply({ kind: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) });
      }
    }),
  );
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  // A task, not a microtask: requests already queued behind this one replace it first.
  setTimeout(runPending, 0);
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  pending.set(event.data.channel, event.data);
  schedule();
});
