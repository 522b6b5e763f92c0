/**
 * The published shards search exactly as one whole index: the same results,
 * scores, counts and facets in the same order, over a synthetic corpus large
 * enough to have many shards of each kind. Shards are fetched only as
 * searches name them, an edit renames only the shards it changes, and a
 * base whose shards are gone says the index changed.
 */
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate.ts';
import { sessionQueries } from '../../../bench/search/queries.ts';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import { createEngine, createSearchEngine } from '../../../src/lib/search/engine.ts';
import { presentOutcome } from '../../../src/lib/search/present.ts';
import { INDEX_CHANGED, ShardedSource } from '../../../src/lib/search/sharded-source.ts';
import { searchFileNames, searchIndexFiles, type SearchIndexFiles, shardNamed } from '../../../src/lib/search/shards.ts';
import { searchIndexByPath } from '../../support/search-files.ts';
import { SEARCH_FACETS_PATH, SEARCH_INDEX_VERSION } from '../../../src/lib/search/types.ts';
import { emptyState, type SearchState } from '../../../src/lib/search/url-state.ts';

const SEED = 'shards';
const files = [...generateCorpus({ digests: 300, seed: SEED })].map((f) => ({ path: `content/${f.relativePath}`, relativePath: f.relativePath, text: f.text }));
const { corpus, issues } = parseCorpus(files);
const graph = buildGraph(corpus);
const published = searchIndexFiles(graph);
// The reference: one engine over every document, its inverted index built from them at once.
const whole = createSearchEngine({ version: SEARCH_INDEX_VERSION, docs: searchDocuments(graph) });

/** The published files by path, as JSON text, as a server would send them. */
function serve(index: SearchIndexFiles) {
  const byPath = new Map([...searchIndexByPath(index)].map(([path, file]) => [path, JSON.stringify(file)]));
  const fetched: string[] = [];
  const fetchJson = async (path: string) => {
    fetched.push(path);
    const text = byPath.get(path);
    // As the search worker reads a 404 for a shard.
    if (text === undefined) throw new Error(INDEX_CHANGED);
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
  test('are many of each kind on this corpus, each named by its content; the facet table carries the base’s key', () => {
    expect(issues).toEqual([]);
    expect(published.words.length).toBeGreaterThan(3);
    expect(published.docs.length).toBeGreaterThan(3);
    const names = [...published.base.wordShardNames, ...published.base.docShardNames];
    expect(names).toHaveLength(published.words.length + published.docs.length);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[\w-]{16}$/);
    expect(published.facets.key).toBe(published.base.key);
  });

  test('an edit to one digest renames only the shards it touches', () => {
    const digest = files.find((f) => f.relativePath.startsWith('digests/'))!;
    const edited = files.map((f) => (f === digest ? { ...f, text: f.text.replace(/^summary: "?/m, (m) => `${m}Edited once. `) } : f));
    const after = searchIndexFiles(buildGraph(parseCorpus(edited).corpus));
    const renamed = (kind: 'wordShardNames' | 'docShardNames') => {
      const before = new Set(published.base[kind]);
      return after.base[kind].filter((name) => !before.has(name)).length;
    };
    expect(after.base.key).not.toBe(published.base.key);
    // The digest's own document shard, and the shards of the words its summary gained.
    expect(renamed('docShardNames')).toBeGreaterThan(0);
    expect(renamed('docShardNames')).toBeLessThanOrEqual(2);
    expect(renamed('wordShardNames')).toBeGreaterThan(0);
    expect(renamed('wordShardNames')).toBeLessThan(published.words.length / 2);
    // The keys of index.json and facets.json follow their content.
    const [names, namesAfter] = [searchFileNames(published), searchFileNames(after)];
    expect(namesAfter.index).not.toBe(names.index);
    expect(namesAfter.facets).not.toBe(names.facets);
    expect(searchFileNames(searchIndexFiles(buildGraph(parseCorpus(files).corpus)))).toEqual(names);
  });

  test('each shard is found by its published name, and an unknown name is an error', () => {
    const { words, docs } = searchFileNames(published);
    words.forEach((name, n) => expect(shardNamed(published, 'words', name)).toBe(published.words[n]));
    docs.forEach((name, n) => expect(shardNamed(published, 'docs', name)).toBe(published.docs[n]));
    expect(() => shardNamed(published, 'docs', words[0]!)).toThrow(/no docs shard named/);
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

  test('a base whose shards a newer build replaced says so, and a facet table of another build is refused', async () => {
    // A page loaded before a deploy: its base names shards the site no longer has.
    const staleBase = { ...published.base, wordShardNames: published.base.wordShardNames.map((name) => `${name.slice(0, 15)}x`) };
    const stale = new ShardedSource(JSON.parse(JSON.stringify(staleBase)), serve(published).fetchJson);
    await expect(stale.loadWords(createEngine(stale).neededWords(stateOf('security')))).rejects.toThrow(/changed since this page loaded/);
    const { source } = sharded({ ...published, facets: { ...published.facets, key: 'another' } });
    await expect(source.loadFacetTable()).rejects.toThrow(/changed since this page loaded/);
    expect(source.hasFacetTable).toBe(false);
  });

  test('a document that is not loaded is never shown in its place', () => {
    const { engine } = sharded();
    const claim = whole.docs.findIndex((d) => d.type === 'claim');
    expect(() => engine.doc(claim)).toThrow(/not loaded/);
  });
});
