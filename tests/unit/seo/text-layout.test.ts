import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readFontMetrics } from '../../../src/lib/seo/font-metrics.ts';
import { cardFontFiles } from '../../../src/lib/seo/preview-image-fs.ts';
import { drawableText, fitText, measureWith, wrapText, type Measure } from '../../../src/lib/seo/text-layout.ts';

const font = readFontMetrics(readFileSync(cardFontFiles()[0]!));
const measure = measureWith(font, 40);
/** Words of Latin, Cyrillic and a few Chinese characters, sometimes very long. */
const words = fc.array(
  fc.stringMatching(/^[A-Za-zÀ-ÿА-Яа-яҚқҰұ习近平’,.()\-–—:]{1,40}$/),
  { minLength: 0, maxLength: 40 },
);

describe('wrapText', () => {
  test('no line is ever wider than asked, for any text and width', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 60, max: 1100 }), fc.integer({ min: 1, max: 5 }), (ws, maxWidth, maxLines) => {
        const lines = wrapText(drawableText(ws.join(' '), font), { maxWidth, maxLines, measure });
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(maxWidth);
      }),
    );
  });

  test('text that fits is kept whole, word for word', () => {
    fc.assert(
      fc.property(words, (ws) => {
        const text = drawableText(ws.join(' '), font);
        const lines = wrapText(text, { maxWidth: 1040, maxLines: Number.POSITIVE_INFINITY, measure });
        // Words too wide for a line are split, so compare without the spaces.
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });

  test('breaks between words and marks cut text with an ellipsis', () => {
    const fixed: Measure = (text) => [...text].length * 10;
    expect(wrapText('one two three four', { maxWidth: 90, maxLines: 3, measure: fixed })).toEqual(['one two', 'three', 'four']);
    const cut = wrapText('one two three four five six', { maxWidth: 90, maxLines: 2, measure: fixed });
    expect(cut).toEqual(['one two', 'three…']);
  });

  test('splits a word too long for a line after a hyphen when it can', () => {
    const fixed: Measure = (text) => [...text].length * 10;
    expect(wrapText('counter-terrorism', { maxWidth: 100, maxLines: 3, measure: fixed })).toEqual(['counter-', 'terrorism']);
    expect(wrapText('abcdefghijkl', { maxWidth: 50, maxLines: 3, measure: fixed })).toEqual(['abcde', 'fghij', 'kl']);
  });
});

describe('fitText', () => {
  const measureAt = (size: number): Measure => (text) => [...text].length * size;
  test('takes the largest size at which the text fits whole', () => {
    expect(fitText('aaaa bbbb', { sizes: [20, 10], maxWidth: 90, maxLines: 1, measureAt })).toEqual({ fontSize: 10, lines: ['aaaa bbbb'] });
    expect(fitText('aaaa bbbb', { sizes: [20, 10], maxWidth: 90, maxLines: 2, measureAt })).toEqual({ fontSize: 20, lines: ['aaaa', 'bbbb'] });
  });
  test('cuts at the smallest size when nothing fits', () => {
    const { fontSize, lines } = fitText('aaaa bbbb cccc', { sizes: [20, 10], maxWidth: 50, maxLines: 1, measureAt });
    expect(fontSize).toBe(10);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/…$/);
  });
});

describe('drawableText', () => {
  test.each([
    ['Kassym-Jomart Tokayev (Касым-Жомарт Токаев, 托卡耶夫)', 'Kassym-Jomart Tokayev (Касым-Жомарт Токаев)'],
    ['Xi Jinping (习近平)', 'Xi Jinping'],
    ['Tokayev, 托卡耶夫, Токаев', 'Tokayev, Токаев'],
    ['Тоқаев — 托卡耶夫.', 'Тоқаев.'],
    ['SCO / 上海合作组织', 'SCO'],
    ['上海合作组织 summit in Astana', 'summit in Astana'],
    ['习近平', ''],
    ['  plain   text  ', 'plain text'],
  ])('%s → %s', (input, expected) => {
    expect(drawableText(input, font)).toBe(expected);
  });

  test('keeps only characters the font has', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        for (const char of drawableText(text, font)) {
          if (char !== ' ') expect(font.advance(char.codePointAt(0)!)).toBeDefined();
        }
      }),
    );
  });
});
