/** Messages between the page and the search worker. */
import type { SearchOptions } from '../../lib/search/engine.ts';
import type { SearchView } from '../../lib/search/present.ts';
import type { SearchState } from '../../lib/search/url-state.ts';

/** Page → worker: run a search; a newer request on the same channel makes older unanswered ones moot. */
export interface SearchRequest {
  seq: number;
  /** Who asks (the header box, the search page), so one's requests never displace the other's. */
  channel: string;
  state: SearchState;
  /** Results to send at most, and whether facet counts are wanted. */
  options: SearchOptions;
}

/** Worker → page; `grown` says the facet table is in, so results drawn before without counts can now have them. */
export type SearchReply =
  | { kind: 'results'; seq: number; view: SearchView }
  | { kind: 'error'; seq: number; message: string }
  | { kind: 'grown' };
