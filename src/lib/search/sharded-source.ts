/**
 * The browser's side of the published shards (shards.ts): a search source
 * that starts from the base and fetches shards as searches name them. The
 * engine stays synchronous: the worker awaits `loadWords` for the words a
 * query needs, `loadDocs` for the results it shows, and `loadFacetTable`
 * once facets are wanted, then asks the engine.
 */
import type { SearchSource } from './engine.ts';
import { decodePostings } from './inverted-index.ts';
import {
  type SearchBase,
  type SearchDoc,
  type SearchDocShard,
  searchDocShardPath,
  SEARCH_FACETS_PATH,
  type SearchFacetTable,
  type SearchWordShard,
  searchWordShardPath,
} from './types.ts';

/**
 * Fetches and parses one JSON file of the index. A shard that is not there
 * (a build since has replaced it: shards are named by their content) should
 * fail with INDEX_CHANGED.
 */
export type FetchJson = (path: string) => Promise<unknown>;

/** What a search says when the index it started with has been replaced since. */
export const INDEX_CHANGED = 'the search index has changed since this page loaded; reload the page';

/** The shard holding item `at`, given the first item of each shard. */
function shardOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class ShardedSource implements SearchSource {
  readonly size: number;
  readonly words: readonly string[];
  readonly entitiesFrom: number;
  readonly entities: readonly SearchDoc[];
  readonly #base: SearchBase;
  readonly #fetchJson: FetchJson;
  /** Postings by word: as fetched (gaps), decoded on first use; a shard holds many words a search does not read. */
  readonly #postings: Array<Int32Array | readonly number[] | undefined>;
  readonly #docs: Array<SearchDoc | undefined>;
  #table: { types: Uint8Array; about: number[][] } | undefined;
  /** Shards asked for, by path, so each is fetched once however many searches want it. */
  readonly #loading = new Map<string, Promise<void>>();

  constructor(base: SearchBase, fetchJson: FetchJson) {
    this.#base = base;
    this.#fetchJson = fetchJson;
    this.size = base.size;
    this.words = base.words;
    this.entitiesFrom = base.entitiesFrom;
    this.entities = base.entities;
    this.#postings = new Array<Int32Array | readonly number[] | undefined>(base.words.length);
    this.#docs = new Array<SearchDoc | undefined>(base.size);
  }

  postings(word: number): Int32Array {
    const list = this.#postings[word];
    if (!list) throw new Error(`search: the postings of “${this.words[word]}” are not loaded`);
    if (list instanceof Int32Array) return list;
    const decoded = decodePostings(list);
    this.#postings[word] = decoded;
    return decoded;
  }

  titleWords(doc: number): number {
    return this.#base.titleWords[doc] ?? 1;
  }

  doc(at: number): SearchDoc {
    const entity = this.entities[at - this.entitiesFrom];
    if (at >= this.entitiesFrom && entity) return entity;
    const doc = this.#docs[at];
    if (!doc) throw new Error(`search: document ${at} is not loaded`);
    return doc;
  }

  facetTable() {
    return this.#table;
  }

  browseCounts() {
    return this.#base.browseCounts;
  }

  /** Fetches the postings of these vocabulary words (by position) that are not loaded yet. */
  loadWords(words: Iterable<number>): Promise<void> {
    const shards = new Set<number>();
    for (const w of words) if (!this.#postings[w]) shards.add(shardOf(this.#base.wordShards, w));
    return this.#all([...shards].map((n) => this.#once(searchWordShardPath(this.#base.wordShardNames[n]!), (shard: SearchWordShard) => {
      const first = this.#base.wordShards[n]!;
      shard.postings.forEach((list, i) => (this.#postings[first + i] = list));
    })));
  }

  /** Fetches the shards of these documents (by position) that are not loaded yet, with the documents they concern. */
  loadDocs(docs: Iterable<number>): Promise<void> {
    const shards = new Set<number>();
    for (const at of docs) if (!this.#has(at)) shards.add(shardOf(this.#base.docShards, at));
    return this.#all([...shards].map((n) => this.#once(searchDocShardPath(this.#base.docShardNames[n]!), (shard: SearchDocShard) => {
      const first = this.#base.docShards[n]!;
      shard.docs.forEach((doc, i) => (this.#docs[first + i] = doc));
    })));
  }

  /** Fetches the table of every document's facet values, once. */
  loadFacetTable(): Promise<void> {
    return this.#once(SEARCH_FACETS_PATH, (table: SearchFacetTable) => {
      // The one file not named by its content: its key says which build it is of.
      if (table.key !== this.#base.key) throw new Error(INDEX_CHANGED);
      const from = this.entitiesFrom;
      this.#table = {
        types: Uint8Array.from(table.types, (letter) => letter.charCodeAt(0) - 97),
        about: table.about.map((list) => list.map((e) => e + from)),
      };
    });
  }

  get hasFacetTable(): boolean {
    return this.#table !== undefined;
  }

  #has(at: number): boolean {
    return (at >= this.entitiesFrom && at - this.entitiesFrom < this.entities.length) || this.#docs[at] !== undefined;
  }

  async #all(loads: Array<Promise<void>>): Promise<void> {
    await Promise.all(loads);
  }

  #once<T>(path: string, use: (file: T) => void): Promise<void> {
    let loading = this.#loading.get(path);
    if (!loading) {
      loading = this.#fetchJson(path).then((data) => use(data as T));
      // A failed fetch may be tried again by the next search.
      loading.catch(() => this.#loading.delete(path));
      this.#loading.set(path, loading);
    }
    return loading;
  }
}
