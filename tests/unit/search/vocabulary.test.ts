import Fuse from 'fuse.js/basic';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { typosAllowed, Vocabulary } from '../../../src/lib/search/vocabulary.ts';

const WORDS = ['kazakhstan', 'kazakhstani', 'kyrgyzstan', 'tokaev', 'tokayev', 'toqaev', 'sco', 'scorched', 'shos', 'short', '上海合作组织', '习近平'].sort();
const vocabulary = new Vocabulary(WORDS);
const matches = (query: string) => Object.fromEntries([...vocabulary.match(query)].map(([i, q]) => [WORDS[i]!, Number(q.toFixed(2))]));

describe('Vocabulary.match', () => {
  test('the word itself is the best match', () => {
    expect(matches('sco').sco).toBe(1);
    expect(Math.max(...Object.values(matches('tokayev')))).toBe(1);
  });

  test('words the query begins match, better the more the query covers', () => {
    const found = matches('kazakh');
    expect(Object.keys(found).sort()).toEqual(['kazakhstan', 'kazakhstani']);
    expect(found.kazakhstan).toBeGreaterThan(found.kazakhstani!);
    expect(found.kazakhstan).toBeLessThan(1);
  });

  test('short queries match only the words they begin', () => {
    expect(Object.keys(matches('sco')).sort()).toEqual(['sco', 'scorched']);
    // One typo would turn the acronym ШОС ("shos") into "short".
    expect(matches('shos')).toEqual({ shos: 1 });
    expect(matches('tok')).toEqual({ tokaev: expect.any(Number), tokayev: expect.any(Number) });
  });

  test('longer queries forgive a typo, and weigh it below an exact word', () => {
    const found = matches('tokaev');
    expect(found.tokaev).toBe(1);
    expect(found.tokayev).toBeGreaterThan(0);
    expect(found.tokayev).toBeLessThan(found.tokaev!);
    expect(matches('kyrgyztan')).toHaveProperty('kyrgyzstan');
    expect(matches('kazakhtsan')).toHaveProperty('kazakhstan');
  });

  test('a query too far from every word matches nothing', () => {
    expect(matches('pipeline')).toEqual({});
    expect(matches('tqv')).toEqual({});
  });

  test('Chinese matches inside a longer run, since it is written without spaces', () => {
    expect(matches('合作')).toEqual({ 上海合作组织: expect.any(Number) });
    expect(matches('习近平')).toEqual({ 习近平: 1 });
    expect(matches('习近')).toEqual({ 习近平: expect.any(Number) });
  });

  test('the letter-set shortcut drops no word fuse.js itself would match', () => {
    const letters = fc.constantFrom(...'abdegiknorstuyz');
    const word = fc.string({ unit: letters, minLength: 2, maxLength: 10 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), fc.string({ unit: letters, minLength: 5, maxLength: 10 }), (list, query) => {
        const words = [...list].sort();
        const vocab = new Vocabulary(words);
        const typos = typosAllowed(query.length);
        const everyWord = new Fuse(words, { threshold: (typos + 0.5) / query.length, ignoreLocation: true, isCaseSensitive: true })
          .search(query)
          .map((r) => r.item)
          .filter((w) => w.length >= query.length - typos);
        const found = new Set([...vocab.match(query).keys()].map((i) => words[i]));
        for (const w of everyWord) expect(found).toContain(w);
      }),
      { numRuns: 300 },
    );
  });
});
