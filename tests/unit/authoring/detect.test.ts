import { expect, test } from 'vitest';
import { detectSourceFacts, readDate } from '../../../src/lib/authoring/detect.ts';

test('dates in the usual forms are read as YYYY-MM-DD, impossible days are not', () => {
  expect(readDate('Fri. Jul 1st, 2022')?.value).toBe('2022-07-01');
  expect(readDate('13 January 2022')?.value).toBe('2022-01-13');
  expect(readDate('posted 2005-05-31 at noon')?.value).toBe('2005-05-31');
  expect(readDate('February 30, 2022')).toBeUndefined();
  expect(readDate('in 2022')).toBeUndefined();
});

test('a labelled date wins over the date a scraper put at the top', () => {
  const facts = detectSourceFacts('Monday, June 24, 2024\nA Review Of Something Long\n\nAuthor: Niva Yau Tsz Yan\nPublisher: Foreign Policy Research Institute\nDate/Place: April 1, 2022 / USA\n');
  expect(facts.published).toMatchObject({ value: '2022-04-01', line: 6 });
  expect(facts.authors?.value).toEqual(['Niva Yau Tsz Yan']);
  expect(facts.outlet?.value).toBe('Foreign Policy Research Institute');
  expect(facts.headline?.value).toBe('A Review Of Something Long');
});

test('a byline that is not a name ("By admin") is not an author', () => {
  expect(detectSourceFacts('Source link\n\nBy admin\n').authors).toBeUndefined();
  expect(detectSourceFacts('By Jane Roe and John Doe, Staff Writers\n').authors?.value).toEqual(['Jane Roe', 'John Doe']);
});
