/**
 * The search worker: fetches the index once, builds the engine, and answers
 * search requests, so no keystroke ever waits on the page's main thread for
 * more than drawing the results. When requests pile up (typing during the
 * first load), only the newest of each box is answered.
 */
/// <reference lib="webworker" />
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine.ts';
import { presentOutcome } from '../../lib/search/present.ts';
import { SEARCH_INDEX_PATH, type SearchIndexData } from '../../lib/search/types.ts';
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

async function loadEngine(): Promise<SearchEngine> {
  const response = await fetch(SEARCH_INDEX_PATH);
  if (!response.ok) throw new Error(`the search index answered ${response.status}`);
  const data = (await response.json()) as SearchIndexData;
  if (data.version !== 1) throw new Error('the search index has an unknown format; reload the page');
  return createSearchEngine(data);
}

const engine = loadEngine().then(warmUp);
// Failures reach the page with the next request; this only keeps them from being reported as unhandled.
engine.catch(() => undefined);

/** The newest unanswered request of each channel. */
const pending = new Map<string, SearchRequest>();
let scheduled = false;

const reply = (message: SearchReply) => self.postMessage(message);

async function runPending() {
  let ready: SearchEngine | undefined;
  let failure: unknown;
  try {
    ready = await engine;
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

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  pending.set(event.data.channel, event.data);
  if (scheduled) return;
  scheduled = true;
  // A task, not a microtask: requests already queued behind this one replace it first.
  setTimeout(runPending, 0);
});
