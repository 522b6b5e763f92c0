/**
 * Search over the real content tree: every name of an entity finds the same
 * results, plurals and verb forms meet, and claims are results of their own.
 */
import { describe, expect, test } from 'vitest';
import { contentRoot, loadCorpus } from '../../../src/lib/corpus-fs.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { buildSearchIndex, searchDocuments } from '../../../src/lib/search/documents.ts';
import { createEngine, createSearchEngine } from '../../../src/lib/search/engine.ts';
import { ShardedSource } from '../../../src/lib/search/sharded-source.ts';
import { searchIndexFiles } from '../../../src/lib/search/shards.ts';
import { searchIndexByPath } from '../../support/search-files.ts';
import { presentOutcome } from '../../../src/lib/search/present.ts';
import { searchKey } from '../../../src/lib/search/fold.ts';
import { emptyState } from '../../../src/lib/search/url-state.ts';
import { isEntityType, SEARCH_INDEX_VERSION } from '../../../src/lib/search/types.ts';

const graph = buildGraph(await loadCorpus(contentRoot()));
const engine = createSearchEngine(JSON.parse(JSON.stringify(buildSearchIndex(graph))));
const found = (q: string) => {
  const outcome = engine.search({ ...emptyState(), q }, { limit: 10_000, facets: false });
  return outcome.results.map(({ doc }) => `${engine.docs[doc]!.type}:${engine.docs[doc]!.id}`);
};
const sorted = (q: string) => [...found(q)].sort();

describe('every name of an entity finds the same results', () => {
  test.each([
    ['Tokayev', 'Токаев'],
    ['Tajikistan', 'Таджикистан'],
    ['SCO', 'ШОС'],
  ])('%s and %s', (a, b) => {
    expect(sorted(b)).toEqual(sorted(a));
    // The digest that names him only through an event was the one Cyrillic missed.
    if (a === 'Tokayev') expect(found(b)).toContain('digest:ft-kazakhstan-crisis-beijing-reticence-2022');
  });

  test('for every entity and every alias', () => {
    const entities = engine.docs.filter((d) => isEntityType(d.type));
    const owners = new Map<string, number>();
    for (const doc of entities) for (const name of new Set([doc.title, ...(doc.aliases ?? [])].map(searchKey))) owners.set(name, (owners.get(name) ?? 0) + 1);
    const mismatches: string[] = [];
    for (const doc of entities) {
      const expected = sorted(doc.title).join('\n');
      // A name two entities share ("Shanghai Five": the SCO and the event) finds both, so more than either alone.
      const own = (doc.aliases ?? []).filter((a) => owners.get(searchKey(a)) === 1);
      for (const alias of own) if (sorted(alias).join('\n') !== expected) mismatches.push(`${doc.id}: ${alias}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('plurals and verb forms', () => {
  test('peacekeepers finds the Mali peacekeeper', () => {
    expect(found('peacekeepers')).toContain('event:peacekeeper-killed-mali-2016');
  });
  test('a form finds what its other forms find', () => {
    expect(sorted('deployed')).toEqual(expect.arrayContaining(sorted('deploys')));
  });
});

describe('claims', () => {
  test('are results that lead to their row on the digest page', () => {
    const outcome = engine.search({ ...emptyState(), q: 'outpost', type: ['claim'] }, { limit: 5 });
    const view = presentOutcome(engine, outcome);
    expect(view.results.length).toBeGreaterThan(0);
    for (const result of view.results) {
      expect(result.type).toBe('claim');
      expect(result.url).toMatch(/^\/digests\/[a-z0-9-]+\/#claim-[a-z0-9-]+$/);
      expect(result.context).toBeTruthy();
    }
  });

  test('every claim of every digest is a result', () => {
    const claims = graph.digests.flatMap((d) => d.data.claims.map((c) => `claim:${d.id}#${c.id}`));
    expect(found('').filter((p) => p.startsWith('claim:')).sort()).toEqual(claims.sort());
  });
});

describe('the index in shards', () => {
  test('searches exactly as one index over everything, with what the build publishes', async () => {
    const files = searchIndexFiles(graph);
    const byPath = searchIndexByPath(files);
    const source = new ShardedSource(JSON.parse(JSON.stringify(files.base)), async (path) => JSON.parse(JSON.stringify(byPath.get(path))));
    const parted = createEngine(source);
    await source.loadFacetTable();
    const whole = createSearchEngine({ version: SEARCH_INDEX_VERSION, docs: searchDocuments(graph) });
    for (const q of ['Tokayev', 'ШОС', 'outposts', 'peacekeepers', 'did China offer Kazakhstan security help', '']) {
      const state = { ...emptyState(), q };
      await source.loadWords(parted.neededWords(state));
      const outcome = parted.search(state, { limit: 50 });
      await source.loadDocs(outcome.results.map((r) => r.doc));
      expect(outcome).toEqual(whole.search(state, { limit: 50 }));
      expect(presentOutcome(parted, outcome)).toEqual(presentOutcome(whole, whole.search(state, { limit: 50 })));
    }
  });
});
