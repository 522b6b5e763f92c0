import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  emptyTimelineFilter,
  isEmptyTimelineFilter,
  joinIds,
  matchesTimelineFilter,
  parseTimelineFilter,
  splitIds,
  TIMELINE_FACETS,
  type TimelineFilter,
  timelineQuery,
} from '../../../src/lib/views/timeline-filter.ts';

const params = (query: string) => new URLSearchParams(query);
const filter = (partial: Partial<TimelineFilter>): TimelineFilter => ({ ...emptyTimelineFilter(), ...partial });

describe('parseTimelineFilter', () => {
  test('reads repeated parameters per facet', () => {
    expect(parseTimelineFilter(params('?country=kazakhstan&country=kyrgyzstan&topic=border-security'))).toEqual({
      country: ['kazakhstan', 'kyrgyzstan'],
      actor: [],
      topic: ['border-security'],
      place: [],
    });
  });

  test('drops blanks, duplicates and parameters that are not facets', () => {
    expect(parseTimelineFilter(params('country=&country=china&country=china&q=x&page=2'))).toEqual(
      filter({ country: ['china'] }),
    );
  });

  test('keeps only known ids when told which exist', () => {
    const known = { country: new Set(['china']), actor: new Set<string>(), topic: new Set(['sco']), place: new Set<string>() };
    expect(parseTimelineFilter(params('country=china&country=atlantis&actor=wang-yi'), known)).toEqual(
      filter({ country: ['china'] }),
    );
  });

  test('an empty query is the empty filter', () => {
    const parsed = parseTimelineFilter(params(''));
    expect(parsed).toEqual(emptyTimelineFilter());
    expect(isEmptyTimelineFilter(parsed)).toBe(true);
    expect(isEmptyTimelineFilter(filter({ actor: ['x'] }))).toBe(false);
  });
});

describe('matchesTimelineFilter', () => {
  const event = { country: ['kazakhstan', 'russia'], actor: ['csto'], topic: [], place: [] };

  test('the empty filter lets everything through', () => {
    expect(matchesTimelineFilter(emptyTimelineFilter(), event)).toBe(true);
  });

  test('values within a facet are alternatives', () => {
    expect(matchesTimelineFilter(filter({ country: ['china', 'russia'] }), event)).toBe(true);
    expect(matchesTimelineFilter(filter({ country: ['china', 'mongolia'] }), event)).toBe(false);
  });

  test('facets must all match', () => {
    expect(matchesTimelineFilter(filter({ country: ['kazakhstan'], actor: ['csto'] }), event)).toBe(true);
    expect(matchesTimelineFilter(filter({ country: ['kazakhstan'], actor: ['sco'] }), event)).toBe(false);
    expect(matchesTimelineFilter(filter({ topic: ['border-security'] }), event)).toBe(false);
  });
});

describe('timelineQuery', () => {
  test('writes facets in order with repeated parameters', () => {
    expect(timelineQuery(filter({ topic: ['t'], country: ['a', 'b'] }))).toBe('?country=a&country=b&topic=t');
    expect(timelineQuery(emptyTimelineFilter())).toBe('');
  });

  test('reads back as the same filter', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const ids = fc.uniqueArray(id, { maxLength: 4 });
    fc.assert(
      fc.property(fc.record({ country: ids, actor: ids, topic: ids, place: ids }), (f) => {
        expect(parseTimelineFilter(params(timelineQuery(f)))).toEqual(f);
      }),
    );
  });
});

test('ids survive a round trip through a data attribute', () => {
  expect(splitIds(joinIds(['a', 'b-c']))).toEqual(['a', 'b-c']);
  expect(splitIds('')).toEqual([]);
  expect(splitIds(undefined)).toEqual([]);
});

test("the timeline's facets are search's entity facets, from the table of kinds", () => {
  expect(TIMELINE_FACETS).toEqual(['country', 'actor', 'topic', 'place']);
});
