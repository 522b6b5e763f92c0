import { describe, expect, test } from 'vitest';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { buildSearchIndex, searchDocuments, shorten, SUMMARY_LIMIT } from '../../../src/lib/search/documents.ts';
import { contentTree } from '../../support/content-tree.ts';

const graph = buildGraph(parseCorpus(contentTree()).corpus);
const docs = searchDocuments(graph);
const doc = (id: string) => docs.find((d) => d.id === id)!;
const aboutIds = (id: string) => (doc(id).about ?? []).map((i) => docs[i]!.id);

describe('searchDocuments', () => {
  test('has one document per page: digests newest first, then entities by type, then disputes, then claims', () => {
    expect(docs.map((d) => `${d.type}:${d.id}`)).toEqual([
      'digest:herald-pact-ready',
      'digest:herald-border-crisis',
      'country:freedonia',
      'country:sylvania',
      'actor:daily-herald',
      'actor:rufus-firefly',
      'actor:test-pact',
      'topic:border-security',
      'topic:non-interference',
      'event:pact-founded',
      'event:border-crisis',
      'place:porto-chico',
      'dispute:pact-offer',
      'claim:herald-pact-ready#pact-offered',
      'claim:herald-border-crisis#no-troops',
    ]);
  });

  test('a digest carries its title, summary, meta line and search-only source words', () => {
    expect(doc('herald-pact-ready')).toMatchObject({
      title: 'The Pact says it was ready to help',
      summary: 'The Test Pact claims it offered troops to Freedonia.',
      meta: 'Daily Herald · 2022-01-20',
      extra: 'Pact was ready, says spokesman · A. Writer',
    });
  });

  test('an entity carries its aliases in every script', () => {
    expect(doc('freedonia').aliases).toEqual(['Фридония', '自由国', 'Fredonia']);
    expect(doc('freedonia').extra).toBe('Freedon (called Newtown until 2019)');
  });

  test('about lists the entities a page concerns, by position, never the page itself', () => {
    expect(aboutIds('herald-border-crisis')).toEqual(['freedonia', 'sylvania', 'rufus-firefly', 'test-pact', 'daily-herald', 'border-security', 'border-crisis']);
    expect(aboutIds('non-interference')).toEqual(['border-security']);
    expect(aboutIds('freedonia')).not.toContain('freedonia');
    // Members are listed under the organization, so facets find it by country.
    expect(aboutIds('test-pact')).toContain('freedonia');
  });

  test('no page body goes into the index', () => {
    const json = JSON.stringify(docs);
    expect(json).not.toContain('Sylvania watched closely');
    expect(json).not.toContain('How [[freedonia]] guards');
  });
});

describe('buildSearchIndex', () => {
  const published = buildSearchIndex(graph);

  test('publishes what results show, and search-only words only in the inverted index', () => {
    expect(published.docs.map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect(published.docs.some((d) => 'extra' in d)).toBe(false);
    expect(published.inverted!.words).toContain('spokesman');
    expect(JSON.stringify(published.docs)).not.toContain('spokesman');
  });
});

describe('shorten', () => {
  test('leaves short text alone, flattened to one line', () => {
    expect(shorten('A  short\ntext.')).toBe('A short text.');
  });

  test('cuts long text at a word, with an ellipsis, within the limit', () => {
    const long = `${'word '.repeat(100)}end`;
    const cut = shorten(long);
    expect(cut.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(cut).toMatch(/word…$/);
  });
});
