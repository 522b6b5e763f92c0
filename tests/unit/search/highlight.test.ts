import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { searchWords } from '../../../src/lib/search/fold.ts';
import { hasMark, highlight, type Segment } from '../../../src/lib/search/highlight.ts';

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const join = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('highlight', () => {
  test('marks whole words whose search form was matched', () => {
    expect(highlight('Tokayev asks the CSTO for help', new Set(['tokayev', 'csto']))).toEqual([
      { text: 'Tokayev', mark: true },
      { text: ' asks the ' },
      { text: 'CSTO', mark: true },
      { text: ' for help' },
    ]);
  });

  test('marks text in another script or with accents by its search form', () => {
    expect(marked(highlight('Президент Токаев заявил', new Set(['tokaev'])))).toEqual(['Токаев']);
    expect(marked(highlight('Тоқаев', new Set(['tokaev'])))).toEqual(['Тоқаев']);
    expect(marked(highlight('Visit Tōkyō', new Set(['tokyo'])))).toEqual(['Tōkyō']);
    expect(marked(highlight('主席习近平访问', new Set(['主席习近平访问'])))).toEqual(['主席习近平访问']);
  });

  test('leaves a text without matches whole, and an empty text empty', () => {
    expect(highlight('Nothing here', new Set(['csto']))).toEqual([{ text: 'Nothing here' }]);
    expect(highlight('Nothing here', new Set())).toEqual([{ text: 'Nothing here' }]);
    expect(highlight('', new Set(['x']))).toEqual([]);
    expect(hasMark(highlight('Nothing here', new Set(['csto'])))).toBe(false);
  });

  test('markup in a text is only ever text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const segments = highlight(hostile, new Set(['img', 'onerror']));
    expect(join(segments)).toBe(hostile);
    expect(marked(segments)).toEqual(['img', 'onerror']);
  });

  test('segments join back to the original text, and marks cover exactly the matched words', () => {
    const word = fc.constantFrom('Tokayev', 'Токаев', 'CSTO', 'ШОС', 'Kazakhstan', 'Қазақстан', '习近平', 'Straße', 'Tōkyō', 'of', 'a');
    const separator = fc.constantFrom(' ', ', ', '-', ' (', ') ', '. ', '—', '');
    const textArb = fc.array(fc.tuple(word, separator), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(textArb, fc.subarray(['tokayev', 'tokaev', 'csto', 'shos', 'kazakhstan', 'kazakstan', '习近平', 'strasse', 'tokyo', 'of']), (text, chosen) => {
        const words = new Set(chosen);
        const segments = highlight(text, words);
        expect(join(segments)).toBe(text);
        for (const s of segments) {
          expect(s.text).not.toBe('');
          // A marked segment is made only of matched words; an unmarked one contains none.
          if (s.mark) expect(searchWords(s.text).every((w) => words.has(w))).toBe(true);
          else expect(searchWords(s.text).some((w) => words.has(w))).toBe(false);
        }
      }),
    );
  });
});
