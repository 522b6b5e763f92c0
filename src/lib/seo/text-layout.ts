/**
 * Line breaking for preview cards: words are placed greedily against
 * measured widths (as drawn: kerned, with ligatures), a word
 * wider than a line is split, and text past the last line ends in an
 * ellipsis. No line is ever wider than asked.
 */
import type { FontMetrics } from './font-metrics.ts';

const ELLIPSIS = '…';

/** Width of a string in pixels at a font size; characters the font lacks count as nothing. */
export type Measure = (text: string) => number;

/** A measure for one font at one size: the text as drawn, kerned and with its ligatures. */
export function measureWith(font: FontMetrics, fontSize: number): Measure {
  const scale = fontSize / font.unitsPerEm;
  return (text) => {
    let units = 0;
    for (const glyph of font.shape(text)) units += glyph.advance;
    return units * scale;
  };
}

/** Stands for a run of characters the font cannot draw while the text around it is tidied. */
const GAP = '\u0000';
const SEP = '[,;:·/–—]';

/**
 * Keeps only what the font can draw. Characters without a glyph (e.g. Chinese
 * in a Latin and Cyrillic font) are dropped, and so is the punctuation that
 * only served them: "Tokayev (托卡耶夫)" becomes "Tokayev", and
 * "Tokayev, 托卡耶夫, Токаев" becomes "Tokayev, Токаев".
 */
export function drawableText(text: string, font: Pick<FontMetrics, 'advance'>): string {
  let kept = '';
  for (const char of text.normalize('NFC')) {
    if (/\s/u.test(char)) kept += ' ';
    else if (font.advance(char.codePointAt(0)!) !== undefined) kept += char;
    else if (!kept.endsWith(GAP)) kept += GAP;
  }
  if (!kept.includes(GAP)) return kept.replace(/\s+/gu, ' ').trim();
  return kept
    .replace(new RegExp(`${GAP}(?:\\s*${GAP})+`, 'gu'), GAP)
    .replace(new RegExp(`\\s*${SEP}\\s*${GAP}\\s*(?=${SEP})`, 'gu'), '')
    .replace(new RegExp(`\\s*(?:${SEP}\\s*)?${GAP}\\s*(?=[)\\]}.,;:!?]|$)`, 'gu'), '')
    .replace(new RegExp(`(^|[(\\[{])\\s*${GAP}\\s*(?:${SEP}\\s*)?`, 'gu'), '$1')
    .replace(new RegExp(`\\s*${GAP}\\s*`, 'gu'), ' ')
    .replace(/\(\s*\)|\[\s*\]|\{\s*\}/gu, '')
    .replace(/\s+([,;:.!?])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Splits a word wider than `maxWidth` into pieces that each fit (at least one
 * character each), after a hyphen or slash where there is one to break at.
 */
function splitWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (rest.length > 0) {
    let take = 1;
    while (take < rest.length && measure(rest.slice(0, take + 1).join('')) <= maxWidth) take++;
    if (take < rest.length) {
      const soft = rest.slice(0, take).findLastIndex((char) => char === '-' || char === '/');
      if (soft > 0) take = soft + 1;
    }
    pieces.push(rest.slice(0, take).join(''));
    rest = rest.slice(take);
  }
  return pieces;
}

/** Shortens a line until it and a trailing ellipsis fit. */
function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
  let chars = [...line.trimEnd()];
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS) > maxWidth) chars.pop();
  // Cut back to a word boundary when one is reasonably close, so no word is left half-shown.
  const text = chars.join('');
  const space = text.lastIndexOf(' ');
  const trimmed = space > text.length * 0.6 ? text.slice(0, space) : text;
  return trimmed.replace(/[\s,;:·–—-]+$/u, '') + ELLIPSIS;
}

export interface WrapOptions {
  maxWidth: number;
  maxLines: number;
  measure: Measure;
}

/** Breaks text into at most `maxLines` lines no wider than `maxWidth`; an ellipsis marks cut text. */
export function wrapText(text: string, { maxWidth, maxLines, measure }: WrapOptions): string[] {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .flatMap((word) => (measure(word) > maxWidth ? splitWord(word, maxWidth, measure) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, measure);
  return kept;
}

export interface FitOptions extends Omit<WrapOptions, 'measure'> {
  /** Font sizes to try, largest first; the first that fits without cutting wins. */
  sizes: readonly number[];
  measureAt: (fontSize: number) => Measure;
}

/** The largest font size at which the text fits whole, with its lines; the smallest size, cut, if none does. */
export function fitText(text: string, { sizes, maxWidth, maxLines, measureAt }: FitOptions): { fontSize: number; lines: string[] } {
  if (sizes.length === 0) throw new Error('fitText needs at least one font size');
  for (const fontSize of sizes) {
    const measure = measureAt(fontSize);
    const lines = wrapText(text, { maxWidth, maxLines: Number.POSITIVE_INFINITY, measure });
    if (lines.length <= maxLines) return { fontSize, lines };
  }
  const fontSize = sizes.at(-1)!;
  return { fontSize, lines: wrapText(text, { maxWidth, maxLines, measure: measureAt(fontSize) }) };
}
