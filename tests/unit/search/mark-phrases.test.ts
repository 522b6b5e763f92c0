import { expect, test } from 'vitest';
import { markPhrases } from '../../../src/lib/search/highlight.ts';

const marked = (text: string, terms: string[]) =>
  markPhrases(text, terms)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');

test('marks whole-word occurrences, whatever their case', () => {
  expect(marked('The SCO met; the sco did not act.', ['SCO'])).toBe('The [SCO] met; the [sco] did not act.');
});

test('does not mark a term inside a longer word', () => {
  expect(marked('Chinese officials visited China.', ['China'])).toBe('Chinese officials visited [China].');
});

test('prefers the longer of overlapping terms', () => {
  expect(marked('The Shanghai Cooperation Organisation met.', ['Shanghai', 'Shanghai Cooperation Organisation'])).toBe(
    'The [Shanghai Cooperation Organisation] met.',
  );
});

test('treats terms literally and handles other scripts', () => {
  expect(marked('Rufus T. Firefly and Руфус spoke; RufusXT did not.', ['Rufus T. Firefly', 'Руфус'])).toBe(
    '[Rufus T. Firefly] and [Руфус] spoke; RufusXT did not.',
  );
});

test('keeps the text whole when nothing matches, and ignores one-letter terms', () => {
  expect(markPhrases('Nothing here.', ['x', 'China'])).toEqual([{ text: 'Nothing here.' }]);
  expect(markPhrases('', ['China'])).toEqual([]);
});

test('marks a name in another case or with diacritics folded, and not as part of another word', () => {
  expect(marked('KAZAKHSTAN and Kazakhstani views; Tōkyō.', ['Kazakhstan', 'Tokyo'])).toBe('[KAZAKHSTAN] and Kazakhstani views; [Tōkyō].');
});
