import { describe, expect, test } from 'vitest';
import { applyFacets, type DocFacets, facetGroups, type FacetSelection } from '../../../src/lib/search/facets.ts';

// Types 0 and 1; countries 10–12; actors 20–21; topics 30.
const DOCS: DocFacets[] = [
  { type: [0], country: [10], actor: [20], topic: [], place: [] },
  { type: [0], country: [11], actor: [20], topic: [30], place: [] },
  { type: [1], country: [10, 11], actor: [], topic: [], place: [] },
  { type: [0], country: [12], actor: [21], topic: [30], place: [] },
];
const ALL = [0, 1, 2, 3];
const select = (partial: Partial<Record<keyof FacetSelection, number[]>>): FacetSelection => ({
  type: new Set(partial.type),
  country: new Set(partial.country),
  actor: new Set(partial.actor),
  topic: new Set(partial.topic),
  place: new Set(partial.place),
});
const run = (selection: FacetSelection, matched = ALL) => applyFacets(matched, (d) => DOCS[d]!, selection, { type: 2, country: 40, actor: 40, topic: 40, place: 40 });
const nonZero = (counts: Int32Array) => Object.fromEntries([...counts].flatMap((n, value) => (n ? [[value, n]] : [])));

describe('applyFacets', () => {
  test('with nothing selected keeps everything and counts every value', () => {
    const { kept, counts } = run(select({}));
    expect(kept).toEqual(ALL);
    expect(nonZero(counts.type)).toEqual({ 0: 3, 1: 1 });
    expect(nonZero(counts.country)).toEqual({ 10: 2, 11: 2, 12: 1 });
    expect(nonZero(counts.actor)).toEqual({ 20: 2, 21: 1 });
    expect(nonZero(counts.topic)).toEqual({ 30: 2 });
  });

  test('values of one facet combine with OR', () => {
    expect(run(select({ country: [10, 12] })).kept).toEqual([0, 2, 3]);
    expect(run(select({ actor: [20, 21] })).kept).toEqual([0, 1, 3]);
  });

  test('facets combine with AND', () => {
    expect(run(select({ country: [10], actor: [20] })).kept).toEqual([0]);
    expect(run(select({ country: [10, 11], type: [0], topic: [30] })).kept).toEqual([1]);
    expect(run(select({ country: [12], actor: [20] })).kept).toEqual([]);
  });

  test("a facet's counts ignore its own selection but respect the others", () => {
    const { counts } = run(select({ country: [10], actor: [20] }));
    // Countries among documents with actor 20 (0 and 1).
    expect(nonZero(counts.country)).toEqual({ 10: 1, 11: 1 });
    // Actors among documents in country 10 (0 and 2).
    expect(nonZero(counts.actor)).toEqual({ 20: 1 });
    // Types and topics among the documents kept (0).
    expect(nonZero(counts.type)).toEqual({ 0: 1 });
    expect(nonZero(counts.topic)).toEqual({});
  });

  test('ticking a value gives exactly the count it showed', () => {
    const before = run(select({ actor: [20] }));
    for (const country of [10, 11, 12]) {
      expect(run(select({ actor: [20], country: [country] })).kept.length).toBe(before.counts.country[country]);
    }
  });

  test('only the matched documents are filtered and counted', () => {
    const { kept, counts } = run(select({ type: [0] }), [1, 2]);
    expect(kept).toEqual([1]);
    expect(nonZero(counts.type)).toEqual({ 0: 1, 1: 1 });
  });
});

describe('facetGroups', () => {
  const names = (facet: string, value: number) => ({ value: `${facet}-${value}`, label: { 10: 'Zeta', 11: 'Alpha', 12: 'Beta' }[value] ?? `#${value}` });

  test('lists values with results by count, then name, and keeps selected ones at zero', () => {
    const selection = select({ country: [12], actor: [20] });
    const { counts } = run(selection);
    const groups = facetGroups(counts, selection, names);
    expect(groups.map((g) => g.facet)).toEqual(['type', 'country', 'actor', 'topic', 'place']);
    expect(groups[1]!.values).toEqual([
      { value: 'country-11', label: 'Alpha', count: 1, selected: false },
      { value: 'country-10', label: 'Zeta', count: 1, selected: false },
      { value: 'country-12', label: 'Beta', count: 0, selected: true },
    ]);
  });

  test('lists at most `limit` values per facet, besides the selected ones', () => {
    const selection = select({ country: [12] });
    const { counts } = run(selection);
    const countries = facetGroups(counts, selection, names, 1)[1]!.values;
    expect(countries.map((v) => v.label)).toEqual(['Alpha', 'Beta']);
  });

  test('types keep their own order', () => {
    const { counts } = run(select({}), [2, 0]);
    expect(facetGroups(counts, select({}), names)[0]!.values.map((v) => v.value)).toEqual(['type-0', 'type-1']);
  });
});
