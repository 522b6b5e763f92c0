/**
 * The page's side of search: one worker per page, started on first use and
 * shared by the header box and the search page, so the index loads once.
 */
import type { SearchOptions } from '../../lib/search/engine.ts';
import type { SearchView } from '../../lib/search/present.ts';
import type { SearchState } from '../../lib/search/url-state.ts';
import type { SearchReply, SearchRequest } from './protocol.ts';

type Waiting = { channel: string; resolve: (view: SearchView | undefined) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let broken = false;
let seq = 0;
const waiting = new Map<number, Waiting>();
const grownListeners: Array<() => void> = [];

/** Calls `listener` once the facet table is in, when results drawn before lack counts. */
export function onIndexGrown(listener: () => void): void {
  grownListeners.push(listener);
}

function start(): Worker {
  // Vite bundles the worker into its own same-origin file, which CSP allows under script-src 'self'.
  const created = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
  created.addEventListener('message', (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (reply.kind === 'grown') {
      for (const listener of grownListeners) listener();
      return;
    }
    const answered = waiting.get(reply.seq);
    if (!answered) return;
    for (const [n, w] of waiting) {
      if (n > reply.seq || w.channel !== answered.channel) continue;
      waiting.delete(n);
      if (n < reply.seq) w.resolve(undefined);
      else if (reply.kind === 'results') w.resolve(reply.view);
      else w.reject(new Error(reply.message));
    }
  });
  created.addEventListener('error', () => {
    broken = true;
    for (const w of waiting.values()) w.reject(new Error('the search worker could not start'));
    waiting.clear();
  });
  return created;
}

/**
 * Runs a search for `channel` (one per box). Resolves with the results, or
 * with undefined when a newer search of the same channel was answered first
 * (its results are the ones to show).
 */
export function search(channel: string, state: SearchState, options: SearchOptions): Promise<SearchView | undefined> {
  if (broken) return Promise.reject(new Error('the search worker could not start'));
  worker ??= start();
  const request: SearchRequest = { seq: ++seq, channel, state, options };
  return new Promise((resolve, reject) => {
    waiting.set(request.seq, { channel, resolve, reject });
    worker!.postMessage(request);
  });
}
