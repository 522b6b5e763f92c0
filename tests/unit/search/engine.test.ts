import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { buildSearchIndex, searchDocuments } from '../../../src/lib/search/documents.ts';
import { best, createSearchEngine } from '../../../src/lib/search/engine.ts';
import { buildInvertedIndex, decodeInvertedIndex, encodeInvertedIndex } from '../../../src/lib/search/inverted-index.ts';
import { presentOutcome } from '../../../src/lib/search/present.ts';
import { emptyState, type SearchState } from '../../../src/lib/search/url-state.ts';
import { SEARCH_INDEX_VERSION } from '../../../src/lib/search/types.ts';
import { contentTree } from '../../support/content-tree.ts';

const graph = buildGraph(parseCorpus(contentTree()).corpus);
const data = buildSearchIndex(graph);
// As the build publishes it, with the inverted index built ahead.
const engine = createSearchEngine(JSON.parse(JSON.stringify(data)));
const ask = (q: string, facets: Partial<SearchState> = {}, limit = 50) => engine.search({ ...emptyState(), q, ...facets }, { limit });
const pages = (q: string, facets: Partial<SearchState> = {}) => ask(q, facets).results.map(({ doc }) => `${engine.docs[doc]!.type}:${engine.docs[doc]!.id}`);
const first = (q: string) => pages(q)[0];

describe('an entity comes first for any of its names', () => {
  test.each([
    ['Freedonia', 'country:freedonia'],
    ['freedonia', 'country:freedonia'],
    ['Фридония', 'country:freedonia'],
    ['Fredonia', 'country:freedonia'],
    ['自由国', 'country:freedonia'],
    ['Freedonai', 'country:freedonia'],
    ['Rufus Firefly', 'actor:rufus-firefly'],
    ['Руфус Файрфлай', 'actor:rufus-firefly'],
    ['Firefly', 'actor:rufus-firefly'],
    ['费尔弗莱', 'actor:rufus-firefly'],
    ['TPO', 'actor:test-pact'],
    ['ОТП', 'actor:test-pact'],
    ['Сильвания', 'country:sylvania'],
    ['border control', 'topic:border-security'],
  ])('%s → %s', (query, page) => expect(first(query)).toBe(page));
});

describe('ranking', () => {
  test('pages that concern a named entity follow it, even without the word', () => {
    const found = pages('Firefly');
    expect(found).toContain('digest:herald-border-crisis');
    expect(found).toContain('event:border-crisis');
  });

  test('every query word must match when some page matches them all', () => {
    expect(pages('pact ready')).toEqual(['digest:herald-pact-ready']);
  });

  test('when no page has every word, pages with most of them are shown', () => {
    expect(pages('pact ready xylophone')).toEqual(['digest:herald-pact-ready']);
  });

  test('results follow typing: a query finds the words it begins', () => {
    expect(first('Freed')).toBe('country:freedonia');
    expect(first('Фрид')).toBe('country:freedonia');
  });

  test('nonsense and markup find nothing and break nothing', () => {
    expect(ask('zzqxj').total).toBe(0);
    expect(() => ask('<img src=x onerror=alert(1)>')).not.toThrow();
    expect(ask('   ').total).toBe(engine.docs.length);
  });
});

describe('facets', () => {
  test('browse with an empty query: facets alone select pages', () => {
    expect(pages('', { type: ['digest'] })).toEqual(['digest:herald-pact-ready', 'digest:herald-border-crisis']);
    expect(pages('', { type: ['digest'], actor: ['rufus-firefly'] })).toEqual(['digest:herald-border-crisis']);
  });

  test("browsing by an entity puts the entity's own page first", () => {
    expect(pages('', { country: ['sylvania'] })[0]).toBe('country:sylvania');
  });

  test('OR within a facet, AND across facets', () => {
    const oneType = ask('', { type: ['digest'] }).total;
    const twoTypes = ask('', { type: ['digest', 'event'] }).total;
    expect(twoTypes).toBe(oneType + ask('', { type: ['event'] }).total);
    expect(ask('', { type: ['event'], topic: ['border-security'] }).results.map((r) => engine.docs[r.doc]!.id)).toEqual(['pact-founded']);
  });

  test('an organization is found under the countries that are its members', () => {
    expect(pages('pact', { country: ['freedonia'] })).toContain('actor:test-pact');
  });

  test('counts come with labels and say what ticking a value gives', () => {
    const outcome = ask('crisis');
    const country = outcome.facets.find((g) => g.facet === 'country')!;
    const sylvania = country.values.find((v) => v.value === 'sylvania')!;
    expect(sylvania.label).toBe('Sylvania');
    expect(ask('crisis', { country: ['sylvania'] }).total).toBe(sylvania.count);
    const types = outcome.facets.find((g) => g.facet === 'type')!;
    expect(types.values.map((v) => v.label)).toEqual(expect.arrayContaining(['Digests', 'Events']));
  });

  test('a search may skip the facet counts and still give the same results', () => {
    const without = engine.search({ ...emptyState(), q: 'crisis', country: ['sylvania'] }, { facets: false });
    expect(without.facets).toEqual([]);
    expect(without.results).toEqual(ask('crisis', { country: ['sylvania'] }, 20).results);
  });

  test('an id the index does not know selects nothing but stays listed', () => {
    const outcome = ask('', { country: ['atlantis'] });
    expect(outcome.total).toBe(0);
    expect(outcome.facets.find((g) => g.facet === 'country')!.values).toContainEqual({ value: 'atlantis', label: 'atlantis', count: 0, selected: true });
  });
});

describe('the inverted index built in the browser gives the same answers as the published one', () => {
  const runtime = createSearchEngine({ version: SEARCH_INDEX_VERSION, docs: searchDocuments(graph) });
  test.each(['Фридония', 'pact ready', 'spokesman', 'Fir', ''])('%s', (q) => {
    expect(runtime.search({ ...emptyState(), q }, { limit: 50 })).toEqual(engine.search({ ...emptyState(), q }, { limit: 50 }));
  });
});

describe('presentOutcome', () => {
  test('gives each result its URL, type, highlighted title and snippet, and the entities it concerns', () => {
    const view = presentOutcome(engine, ask('Фридония', {}, 3));
    const [top] = view.results;
    expect(top).toMatchObject({ url: '/countries/freedonia/', type: 'country', typeLabel: 'Country' });
    // The name is marked although the query was Cyrillic, and the alias that matched is shown.
    expect(top!.title).toEqual([{ text: 'Freedonia', mark: true }]);
    expect(top!.alias).toEqual([{ text: 'Фридония', mark: true }]);
    const digest = view.results.find((r) => r.type === 'digest')!;
    expect(digest.url).toMatch(/^\/digests\/[a-z0-9-]+\/$/);
    expect(digest.snippet.some((s) => s.mark && s.text === 'Freedonia')).toBe(true);
    // The matched entity is listed first among those the page concerns.
    expect(digest.concerns[0]).toEqual({ label: [{ text: 'Freedonia', mark: true }], url: '/countries/freedonia/' });
  });

  test('shows the other name that matched when the title did not', () => {
    const view = presentOutcome(engine, ask('TPO', {}, 1));
    expect(view.results[0]!.alias).toEqual([{ text: 'TPO', mark: true }]);
  });
});

describe('best', () => {
  test('keeps the highest scores, best first, earlier documents first on ties', () => {
    const scores = [1, 5, 3, 5, 0, 2];
    expect(best([0, 1, 2, 3, 4, 5], scores, 3)).toEqual([1, 3, 2]);
    expect(best([5, 4, 3, 2, 1, 0], scores, 10)).toEqual([1, 3, 2, 5, 0, 4]);
    expect(best([], scores, 3)).toEqual([]);
  });

  test('agrees with a full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 1, max: 20 }), (scores, limit) => {
        const docs = scores.map((_, i) => i);
        const sorted = [...docs].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, limit);
        expect(best(docs, scores, limit)).toEqual(sorted);
      }),
    );
  });
});

describe('the inverted index as JSON', () => {
  test('decodes to the index it was encoded from', () => {
    const index = buildInvertedIndex(searchDocuments(graph));
    const json = JSON.parse(JSON.stringify(encodeInvertedIndex(index)));
    expect(decodeInvertedIndex(json)).toEqual(index);
  });
});

describe('highlighting', () => {
  test('marks the words the query matched, and the name of the entity it names, in any form, nothing else', () => {
    const outcome = ask('Фридония');
    expect(outcome.names).toEqual(['freedonia']);
    const view = presentOutcome(engine, outcome);
    const marked = new Set(view.results.flatMap((r) => [...r.title, ...r.snippet]).filter((s) => s.mark).map((s) => s.text));
    expect([...marked].sort()).toEqual(['Freedonia', "Freedonia's"].sort());
  });

  test('a query that names no entity exactly marks only its own matches', () => {
    expect(ask('crisis').names).toEqual([]);
    const view = presentOutcome(engine, ask('crisis'));
    const marked = new Set(view.results.flatMap((r) => [...r.title, ...r.snippet]).filter((s) => s.mark).map((s) => s.text.toLowerCase()));
    expect([...marked]).toEqual(['crisis']);
  });
});
