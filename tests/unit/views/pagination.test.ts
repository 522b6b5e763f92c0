import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { entityListPath, entityLists, pageCount, pageItems, pageNav, pagePath, rangeLabel } from '../../../src/lib/views/pagination.ts';
import { fixtureGraph } from './fixture-graph.ts';

describe('pages of a list', () => {
  test('every item is on exactly one page, in order, and no page is over the size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (items, size) => {
        const pages = Array.from({ length: pageCount(items.length, size) }, (_, i) => pageItems(items, size, i + 1));
        expect(pages.flat()).toEqual(items);
        expect(pages.every((p) => p.length <= size)).toBe(true);
        expect(pages.slice(0, -1).every((p) => p.length === size)).toBe(true);
      }),
    );
  });

  test('an empty list has one empty page; pages past the last, and bad sizes, are errors', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageItems([], 10, 1)).toEqual([]);
    expect(() => pageItems([1, 2, 3], 2, 3)).toThrow(/page 3 does not exist: the list has 2 page/);
    expect(() => pageItems([1], 2, 0)).toThrow(/page 0 does not exist/);
    expect(() => pageCount(5, 0)).toThrow(/positive whole number/);
  });

  test('page 1 keeps the list’s own URL; later pages are numbered under it', () => {
    expect(pagePath('/digests/', 1)).toBe('/digests/');
    expect(pagePath('/digests/', 2)).toBe('/digests/2/');
    expect(entityListPath('country', 'china', 'digests', 1)).toBe('/countries/china/#digests');
    expect(entityListPath('country', 'china', 'digests', 3)).toBe('/countries/china/digests/3/');
    expect(entityListPath('actor', 'x', 'claims-by', 2)).toBe('/actors/x/claims-by/2/');
  });
});

describe('page navigation', () => {
  const url = (n: number) => pagePath('/digests/', n);
  const numbers = (nav: ReturnType<typeof pageNav>) => nav.pages.map((p) => (p ? (p.current ? `[${p.n}]` : `${p.n}`) : '…')).join(' ');

  test('shows the first, the last, and the neighbours of the current page, with gaps', () => {
    expect(numbers(pageNav(1, 1, url))).toBe('[1]');
    expect(numbers(pageNav(1, 9, url))).toBe('[1] 2 … 9');
    expect(numbers(pageNav(5, 9, url))).toBe('1 … 4 [5] 6 … 9');
    expect(numbers(pageNav(3, 9, url))).toBe('1 2 [3] 4 … 9');
    expect(numbers(pageNav(9, 9, url))).toBe('1 … 8 [9]');
  });

  test('previous and next exist only where there is a page', () => {
    expect(pageNav(1, 3, url)).toMatchObject({ prev: undefined, next: '/digests/2/' });
    expect(pageNav(2, 3, url)).toMatchObject({ prev: '/digests/', next: '/digests/3/' });
    expect(pageNav(3, 3, url)).toMatchObject({ prev: '/digests/2/', next: undefined });
    expect(() => pageNav(4, 3, url)).toThrow(/page 4 of 3 does not exist/);
  });

  test('says which items a page shows', () => {
    const noun = { one: 'digest', many: 'digests' };
    expect(rangeLabel(1, 100, 0, noun)).toBe('No digests');
    expect(rangeLabel(1, 100, 1, noun)).toBe('1 digest');
    expect(rangeLabel(1, 100, 40, noun)).toBe('40 digests');
    expect(rangeLabel(2, 100, 1953, noun)).toBe('Digests 101–200 of 1,953');
    expect(rangeLabel(20, 100, 1953, noun)).toBe('Digests 1,901–1,953 of 1,953');
  });
});

test('an entity’s lists are the graph’s own, in its order', () => {
  const graph = fixtureGraph();
  const lists = entityLists(graph, 'test-pact');
  expect(lists.digests).toEqual(graph.backlinks('test-pact'));
  expect(lists['claims-by']).toEqual(graph.claimsBy('test-pact'));
  expect(lists['claims-about']).toEqual(graph.claimsAbout('test-pact'));
  expect(lists.disputes.map((d) => d.id)).toEqual(['pact-offer']);
});
