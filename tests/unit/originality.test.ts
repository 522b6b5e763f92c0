import { describe, expect, test } from 'vitest';
import { copiedRuns, fingerprintSource, ownProse, restoreOriginal, runs, stripQuotations, words } from '../../src/lib/originality.ts';

const SOURCE =
  'China gave strong verbal backing to the president for his crackdown on unrest, but stood apart as Russia sent troops.';
const source = new Set(fingerprintSource(SOURCE));

describe('originality check', () => {
  test('finds a run of eight words copied from the source, whatever the case and punctuation', () => {
    const ours = 'In short, CHINA gave strong verbal backing to the president — at once!';
    expect(copiedRuns(ours, source)).toEqual(['china gave strong verbal backing to the president']);
  });

  test('seven copied words are not a run', () => {
    expect(copiedRuns('China gave strong verbal backing to the chairman.', source)).toEqual([]);
  });

  test('copied words inside quotation marks are allowed', () => {
    expect(copiedRuns('The AP wrote that “China gave strong verbal backing to the president for his crackdown”.', source)).toEqual([]);
    expect(copiedRuns('The AP wrote "China gave strong verbal backing to the president for his crackdown".', source)).toEqual([]);
  });

  test('a run may not bridge a quotation', () => {
    expect(runs(stripQuotations('one two three four "five" six seven eight nine'))).toEqual([]);
  });

  test('words fold curly apostrophes and drop punctuation', () => {
    expect(words('Beijing’s “reticence”, 2022.')).toEqual(["beijing's", 'reticence', '2022']);
  });
});

describe('restored originals', () => {
  const GARBLED = 'Beijing gave sturdy verbal backing to the president for his crackdown on unrest.';
  const corrections = [{ seed: 'sturdy', correct: 'strong' }];

  test('applying the corrections restores the original wording', () => {
    expect(restoreOriginal(GARBLED, corrections)).toEqual({
      text: 'Beijing gave strong verbal backing to the president for his crackdown on unrest.',
      unmatched: [],
    });
  });

  test('a run hidden by a garble in the copy is caught against the restored text', () => {
    const ours = 'It says Beijing gave strong verbal backing to the president.';
    expect(copiedRuns(ours, new Set(fingerprintSource(GARBLED)))).toEqual([]);
    const restored = new Set(fingerprintSource(restoreOriginal(GARBLED, corrections).text));
    expect(copiedRuns(ours, restored)).toEqual(['beijing gave strong verbal backing to the president']);
  });

  test('a short garble inside a longer one does not break the longer correction', () => {
    const text = 'The resistance movement in East Turkistan grew.';
    const both = [
      { seed: 'East Turkistan', correct: 'Xinjiang' },
      { seed: 'The resistance movement in East Turkistan', correct: 'Uyghur separatist groups in Xinjiang' },
    ];
    expect(restoreOriginal(text, both)).toEqual({ text: 'Uyghur separatist groups in Xinjiang grew.', unmatched: [] });
  });

  test('a correction whose garble is not in the file is reported, not silently ignored', () => {
    expect(restoreOriginal(GARBLED, [{ seed: 'stout', correct: 'strong' }]).unmatched).toEqual(['stout']);
  });
});

describe('ownProse', () => {
  test('takes the body and our own front matter, and leaves out quotes, corrections and cited titles', () => {
    const data = {
      title: 'Our headline',
      source: { headline: 'Their headline', note: 'Our note' },
      claims: [{ text: 'Our claim', quote: 'their words', evidence: [{ publisher: 'Wire', title: 'Their title', date: '2020' }] }],
      corrections: [{ seed: 'garble', correct: 'fixed', note: 'Our reason' }],
      roles: [{ title: 'Foreign Minister', note: 'Our qualifier' }],
      sources: [{ publisher: 'Ministry', title: 'Their readout', date: '2022', note: 'Our gloss' }],
    };
    const prose = ownProse(data, 'Our body');
    for (const ours of ['Our body', 'Our headline', 'Our note', 'Our claim', 'Our reason', 'Foreign Minister', 'Our qualifier', 'Our gloss']) {
      expect(prose).toContain(ours);
    }
    for (const theirs of ['Their headline', 'their words', 'Their title', 'garble', 'fixed', 'Their readout', 'Wire']) {
      expect(prose).not.toContain(theirs);
    }
  });
});
