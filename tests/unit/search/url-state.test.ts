import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEARCH_TYPES } from '../../../src/lib/search/types.ts';
import {
  emptyState,
  isEmptyState,
  MAX_QUERY_LENGTH,
  parseSearchState,
  type SearchState,
  serializeSearchState,
  toggleFacet,
} from '../../../src/lib/search/url-state.ts';

describe('parseSearchState', () => {
  test('reads the query and every repeated facet', () => {
    expect(parseSearchState('?q=csto&country=kazakhstan&country=kyrgyzstan&type=digest&actor=sco&topic=counter-terrorism')).toEqual({
      q: 'csto',
      type: ['digest'],
      country: ['kazakhstan', 'kyrgyzstan'],
      actor: ['sco'],
      topic: ['counter-terrorism'],
      place: [],
    });
  });

  test('knows every facet of the facet list, places included', () => {
    expect(parseSearchState('?place=manas&event=korean-war').place).toEqual(['manas']);
    expect(serializeSearchState({ ...emptyState(), q: 'base', place: ['manas'] })).toBe('?q=base&place=manas');
  });

  test('keeps the query as typed, in any script', () => {
    expect(parseSearchState('?q=%D0%A8%D0%9E%D0%A1').q).toBe('ШОС');
    expect(parseSearchState(`?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`).q).toBe('<img src=x onerror=alert(1)>');
  });

  test('drops unknown types, malformed ids and duplicates, and sorts values', () => {
    expect(parseSearchState('?type=digest&type=page&type=digest&country=Kazakhstan&country=../x&country=kyrgyzstan&country=china')).toEqual({
      ...emptyState(),
      type: ['digest'],
      country: ['china', 'kyrgyzstan'],
    });
  });

  test('cuts an overlong query', () => {
    expect(parseSearchState(`?q=${'a'.repeat(5000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('an empty address is the empty state', () => {
    expect(parseSearchState('')).toEqual(emptyState());
    expect(isEmptyState(parseSearchState('?q=%20%20'))).toBe(true);
  });
});

describe('serializeSearchState', () => {
  test('writes parameters in a fixed order, values sorted, facets repeated', () => {
    expect(serializeSearchState({ ...emptyState(), q: 'csto', country: ['kyrgyzstan', 'kazakhstan'] })).toBe(
      '?q=csto&country=kazakhstan&country=kyrgyzstan',
    );
    expect(serializeSearchState({ ...emptyState(), topic: ['xinjiang'], type: ['event', 'digest'] })).toBe('?type=digest&type=event&topic=xinjiang');
  });

  test('leaves out an empty or blank query', () => {
    expect(serializeSearchState(emptyState())).toBe('');
    expect(serializeSearchState({ ...emptyState(), q: '   ' })).toBe('');
  });

  const idArb = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { maxLength: 30 });
  const stateArb: fc.Arbitrary<SearchState> = fc.record({
    q: fc.string({ unit: 'grapheme', maxLength: 60 }).filter((q) => q.trim() !== ''),
    type: fc.uniqueArray(fc.constantFrom(...SEARCH_TYPES)).map((v) => v.sort()),
    country: fc.uniqueArray(idArb, { maxLength: 4 }).map((v) => v.sort()),
    actor: fc.uniqueArray(idArb, { maxLength: 4 }).map((v) => v.sort()),
    topic: fc.uniqueArray(idArb, { maxLength: 4 }).map((v) => v.sort()),
    place: fc.uniqueArray(idArb, { maxLength: 4 }).map((v) => v.sort()),
  });

  test('a state survives the round trip through the address', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseSearchState(serializeSearchState(state))).toEqual(state);
      }),
    );
  });

  test('an address survives the round trip through the state once written canonically', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const address = serializeSearchState(state);
        expect(serializeSearchState(parseSearchState(address))).toBe(address);
      }),
    );
  });
});

describe('toggleFacet', () => {
  test('adds a value, then removes it', () => {
    const once = toggleFacet(emptyState(), 'country', 'kazakhstan');
    expect(once.country).toEqual(['kazakhstan']);
    expect(toggleFacet(once, 'country', 'kazakhstan').country).toEqual([]);
  });

  test('keeps the other facets and the query', () => {
    const state = { ...emptyState(), q: 'sco', actor: ['xi-jinping'] };
    expect(toggleFacet(state, 'type', 'digest')).toEqual({ ...state, type: ['digest'] });
  });
});
