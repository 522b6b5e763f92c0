/**
 * The search worker: fetches the index once, builds the engine, and answers
 * search requests, so no keystroke ever waits on the page's main thread for
 * more than drawing the results. The first answers come from the pages part
 * of the index; once the claims part is in too, the page is told, and asks again. When requests pile up (typing during the
 * first load), only the newest of each box is answered.
 */
/// <reference lib="webworker" />
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine.ts';
import { presentOutcome } from '../../lib/search/present.ts';
import { SEARCH_CLAIMS_PATH, SEARCH_INDEX_PATH, type SearchIndexData } from '../../lib/search/types.ts';
import { emptyState } from '../../lib/search/url-state.ts';
import type { SearchReply, SearchRequest } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Runs a few searches nobody sees, so the engine's code is compiled before
 * the first keystroke needs it (a cold first search is several times slower).
 */
function warmUp(engine: SearchEngine): SearchEngine {
  for (const q of ['a', 'se', 'tok', 'kazakh', 'руб']) presentOutcome(engine, engine.search({ ...emptyState(), q }));
  return engine;
}

async function fetchIndex(path: string): Promise<SearchIndexData> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`the search index answered ${response.status}`);
  const data = (await response.json()) as SearchIndexData;
  if (data.version !== 1) throw new Error('the search index has an unknown format; reload the page');
  return data;
}

const pagesPart = fetchIndex(SEARCH_INDEX_PATH);
// Asked for at once, used once it is in: the first results need only the pages.
const claimsPart = fetchIndex(SEARCH_CLAIMS_PATH);
const engine = pagesPart.then((data) => warmUp(createSearchEngine(data)));
// Failures reach the page with the next request; this only keeps them from being reported as unhandled.
engine.catch(() => undefined);
claimsPart.catch(() => undefined);

/** The engine over pages and claims, once both are in; until then undefined. */
let full: SearchEngine | undefined;
const fullEngine = Promise.all([pagesPart, claimsPart]).then(([pages, claims]) => {
  full = createSearchEngine(pages, claims);
  // Results drawn so far lack claims; the page asks again.
  reply({ kind: 'grown' });
  return full;
});
// Without claims, search goes on over the pages.
fullEngine.catch(() => undefined);

/** The newest unanswered request of each channel. */
const pending = new Map<string, SearchRequest>();
let scheduled = false;

const reply = (message: SearchReply) => self.postMessage(message);

async function runPending() {
  let ready: SearchEngine | undefined;
  let failure: unknown;
  try {
    // A search narrowed to claims has nothing to show until they are in, so it waits for them.
    const wantsClaims = [...pending.values()].some((r) => r.state.type.includes('claim'));
    ready = full ?? (wantsClaims ? await fullEngine.catch(() => engine) : await engine);
  } catch (error) {
    failure = error;
  }
  // Taken only now, so requests that arrived while the index loaded collapse into the newest.
  scheduled = false;
  const requests = [...pending.values()];
  pending.clear();
  for (const request of requests) {
    try {
      if (!ready) throw failure;
      reply({ kind: 'results', seq: request.seq, view: presentOutcome(ready, ready.search(request.state, request.options)) });
    } catch (error) {
      reply({ kind: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) });
    }
  }
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
