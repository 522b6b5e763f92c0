/**
 * The published shards search exactly as one whole index: the same results,
 * scores, counts and facets in the same order, over a synthetic corpus large
 * enough to have many shards of each kind. Shards are fetched only as
 * searches name them, and a shard from another build is refused.
 */
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate.ts';
import { sessionQueries } from '../../../bench/search/queries.ts';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import { createEngine, createSearchEngine } from '../../../src/lib/search/engine.ts';
import { presentOutcome } from '../../../src/lib/search/present.ts';
import { ShardedSource } from '../../../src/lib/search/sharded-source.ts';
import { searchIndexFiles, type SearchIndexFiles } from '../../../src/lib/search/shards.ts';
import { SEARCH_FACETS_PATH, searchDocShardPath, searchWordShardPath } from '../../../src/lib/search/types.ts';
import { emptyState, type SearchState } from '../../../src/lib/search/url-state.ts';

const SEED = 'shards';
const files = [...generateCorpus({ digests: 300, seed: SEED })].map((f) => ({ path: `content/${f.relativePath}`, relativePath: f.relativePath, text: f.text }));
const { corpus, issues } = parseCorpus(files);
const graph = buildGraph(corpus);
const published = searchIndexFiles(graph);
// The reference: one engine over every document, its inverted index built from them at once.
const whole = createSearchEngine({ version: 2, docs: searchDocuments(graph) });

/** The published files by path, as JSON text, as a server would send them. */
function serve(index: SearchIndexFiles) {
  const byPath = new Map<string, string>([[SEARCH_FACETS_PATH, JSON.stringify(index.facets)]]);
  index.words.forEach((shard, n) => byPath.set(searchWordShardPath(n), JSON.stringify(shard)));
  index.docs.forEach((shard, n) => byPath.set(searchDocShardPath(n), JSON.stringify(shard)));
  const fetched: string[] = [];
  const fetchJson = async (path: string) => {
    fetched.push(path);
    const text = byPath.get(path);
    if (text === undefined) throw new Error(`no file at ${path}`);
    return JSON.parse(text) as unknown;
  };
  return { fetched, fetchJson };
}

function sharded(index: SearchIndexFiles = published) {
  const server = serve(index);
  const source = new ShardedSource(JSON.parse(JSON.stringify(index.base)), server.fetchJson);
  const engine = createEngine(source);
  /** Loads what the search reads, as the worker does, then searches and presents. */
  const ask = async (state: SearchState, limit = 30) => {
    await source.loadWords(engine.neededWords(state));
    if (engine.needsFacetTable(state)) await source.loadFacetTable();
    const outcome = engine.search(state, { limit });
    await source.loadDocs(outcome.results.map((r) => r.doc));
    return { outcome, view: presentOutcome(engine, outcome) };
  };
  return { source, engine, ask, fetched: server.fetched };
}

const stateOf = (q: string, facets: Partial<SearchState> = {}): SearchState => ({ ...emptyState(), q, ...facets });
const names = (entity: string) => [whole.docs[whole.entityAt(entity)!]!.title, ...(whole.docs[whole.entityAt(entity)!]!.aliases ?? [])];
const someEntity = (type: string) => whole.docs.find((d) => d.type === type)!.id;
const country = someEntity('country');
const actor = someEntity('actor');

/** What the benchmark types, every keystroke of it, names in every script of some entities, words, and typos. */
const QUERIES = [
  ...sessionQueries(SEED).flatMap(({ text }) => Array.from(text, (_, i) => text.slice(0, i + 1))),
  ...names(country),
  ...names(actor),
  'checkpoint',
  'rail corridor',
  'did China offer security help',
  '',
];

describe('the published shards', () => {
  test('are many of each kind on this corpus, and every shard carries the base’s key', () => {
    expect(issues).toEqual([]);
    expect(published.words.length).toBeGreaterThan(3);
    expect(published.docs.length).toBeGreaterThan(3);
    for (const shard of [...published.words, ...published.docs, published.facets]) expect(shard.key).toBe(published.base.key);
  });

  test('search exactly as one whole index: results, scores, totals, highlighting and facets, in the same order', async () => {
    const { ask, source } = sharded();
    await source.loadFacetTable();
    for (const q of QUERIES) {
      const state = stateOf(q);
      const { outcome, view } = await ask(state);
      const expected = whole.search(state, { limit: 30 });
      expect(outcome, q).toEqual(expected);
      expect(view, q).toEqual(presentOutcome(whole, expected));
    }
  });

  test('with filters, facet counts are those of the whole corpus', async () => {
    const { ask } = sharded();
    const cases: Array<[string, Partial<SearchState>]> = [
      ['', { country: [country] }],
      [names(country)[0]!, { type: ['digest'] }],
      ['s', { actor: [actor], type: ['claim'] }],
      ['security', { country: [country], actor: [actor] }],
    ];
    for (const [q, facets] of cases) {
      const state = stateOf(q, facets);
      expect((await ask(state)).outcome, q).toEqual(whole.search(state, { limit: 30 }));
    }
  });

  test('without the facet table, results and totals are already whole; counts are said to be pending', async () => {
    const { ask, fetched } = sharded();
    const state = stateOf(names(country)[0]!);
    const { outcome } = await ask(state);
    const expected = whole.search(state, { limit: 30 });
    expect(outcome.facetsPending).toBe(true);
    expect(outcome.facets).toEqual([]);
    expect({ ...outcome, facets: expected.facets, facetsPending: undefined }).toEqual({ ...expected, facetsPending: undefined });
    expect(fetched).not.toContain(SEARCH_FACETS_PATH);
  });

  test('the page as it opens, with no query and no filter, has its counts from the base, without the table', async () => {
    const { ask, fetched } = sharded();
    const { outcome } = await ask(stateOf(''));
    expect(outcome).toEqual(whole.search(stateOf(''), { limit: 30 }));
    expect(fetched).not.toContain(SEARCH_FACETS_PATH);
  });

  test('a search fetches only the shards it reads, once each', async () => {
    const { ask, fetched } = sharded();
    await ask(stateOf(names(country)[0]!));
    const first = fetched.length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(published.words.length + published.docs.length);
    expect(new Set(fetched).size).toBe(fetched.length);
    await ask(stateOf(names(country)[0]!));
    expect(fetched.length).toBe(first);
  });

  test('a shard of another build is refused, not mixed in', async () => {
    const other = { ...published, words: published.words.map((s) => ({ ...s, key: 'another' })) };
    const { ask } = sharded(other);
    await expect(ask(stateOf('security'))).rejects.toThrow(/changed since this page loaded/);
  });

  test('a document that is not loaded is never shown in its place', () => {
    const { engine } = sharded();
    const claim = whole.docs.findIndex((d) => d.type === 'claim');
    expect(() => engine.doc(claim)).toThrow(/not loaded/);
  });
});
