import { describe, expect, test } from 'vitest';
import { ENTITY_KINDS, KINDS } from '../../../src/lib/kinds.ts';
import { FACET_LIST, FACETS } from '../../../src/lib/search/facet-list.ts';

describe('the facet list', () => {
  test('is the type of result, then every entity kind the table of kinds marks as a facet, in its order', () => {
    expect(FACETS).toEqual(['type', ...ENTITY_KINDS.filter((k) => KINDS[k].facet)]);
    expect(FACETS).toContain('place');
    expect(FACETS).not.toContain('event');
  });

  test('names each facet by its kind', () => {
    expect(FACET_LIST.find((f) => f.id === 'country')).toEqual({ id: 'country', label: KINDS.country.one, kind: 'country' });
    expect(FACET_LIST[0]).toEqual({ id: 'type', label: 'Type' });
  });
});
