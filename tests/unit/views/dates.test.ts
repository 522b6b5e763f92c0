import { describe, expect, test } from 'vitest';
import { formatDate, formatPeriod, yearOf } from '../../../src/lib/views/dates.ts';

describe('formatDate', () => {
  test.each([
    ['2022-01-05', '5 January 2022'],
    ['2022-12-31', '31 December 2022'],
    ['2013-03', 'March 2013'],
    ['1991', '1991'],
  ])('%s reads as %s', (value, words) => {
    expect(formatDate(value)).toBe(words);
  });

  test('marks approximate dates', () => {
    expect(formatDate('2016', true)).toBe('c. 2016');
    expect(formatDate('2016-05', true)).toBe('c. May 2016');
  });
});

describe('formatPeriod', () => {
  test('closed, open-ended and open-started periods', () => {
    expect(formatPeriod('1992-05-15', '2002')).toBe('15 May 1992 – 2002');
    expect(formatPeriod('2013-03', undefined)).toBe('since March 2013');
    expect(formatPeriod(undefined, '2020')).toBe('until 2020');
    expect(formatPeriod(undefined, undefined)).toBe('');
  });
});

test('yearOf reads the year of any partial date', () => {
  expect([yearOf('2022-01-05'), yearOf('1999-07'), yearOf('2001')]).toEqual([2022, 1999, 2001]);
});
