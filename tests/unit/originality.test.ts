import { describe, expect, test } from 'vitest';
import { copiedRuns, fingerprintSource, runs, stripQuotations, words } from '../../src/lib/originality.ts';

const SOURCE =
  'China gave strong verbal backing to the president for his crackdown on unrest, but stood apart as Russia sent troops.';
const source = new Set(fingerprintSource(SOURCE));

describe('originality check', () => {
  test('finds a run of ten words copied from the source, whatever the case and punctuation', () => {
    const ours = 'In short, CHINA gave strong verbal backing to the president — for his crackdown!';
    expect(copiedRuns(ours, source)).toEqual([
      'china gave strong verbal backing to the president for his',
      'gave strong verbal backing to the president for his crackdown',
    ]);
  });

  test('nine copied words are not a run', () => {
    expect(copiedRuns('China gave strong verbal backing to the president for their part.', source)).toEqual([]);
  });

  test('copied words inside quotation marks are allowed', () => {
    expect(copiedRuns('The AP wrote that “China gave strong verbal backing to the president for his crackdown”.', source)).toEqual([]);
    expect(copiedRuns('The AP wrote "China gave strong verbal backing to the president for his crackdown".', source)).toEqual([]);
  });

  test('a run may not bridge a quotation', () => {
    expect(runs(stripQuotations('one two three four five "six" seven eight nine ten eleven'))).toEqual([]);
  });

  test('words fold curly apostrophes and drop punctuation', () => {
    expect(words('Beijing’s “reticence”, 2022.')).toEqual(["beijing's", 'reticence', '2022']);
  });
});
