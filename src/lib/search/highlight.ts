/**
 * Highlighting as data: a text split into segments, the matched ones marked.
 * Pages and the browser turn segments into text and <mark> elements, so
 * neither a query nor content is ever parsed as HTML. Matching is on search
 * forms (fold.ts), for search results and backlinks alike: a Latin query
 * marks the Cyrillic "Токаев", and a backlink to "Kazakhstan" marks
 * "KAZAKHSTAN" but not "Kazakhstani".
 */
import { mappedSearchForm, searchForm, WORD } from './fold.ts';

/** A piece of a text; `mark` when it matched. Joined in order, segments give back the text. */
export interface Segment {
  text: string;
  mark?: true;
}

/** The words of a search form, and where each starts in it. */
function formWords(form: string): { words: string[]; at: number[] } {
  // A search form holds only letters, digits and spaces (fold.ts), so its words are what lies between spaces.
  const words: string[] = [];
  const at: number[] = [];
  let from = -1;
  for (let i = 0; i <= form.length; i++) {
    const space = i === form.length || form.charCodeAt(i) === 32;
    if (space && from >= 0) {
      words.push(form.slice(from, i));
      at.push(from);
      from = -1;
    } else if (!space && from < 0) from = i;
  }
  return { words, at };
}

/**
 * Splits `text`, marking each run of words that `matchAt` accepts: given the
 * text's words in search form and a position, it returns how many words from
 * there make a match (0 for none).
 */
function markRuns(text: string, matchAt: (words: readonly string[], at: number) => number): Segment[] {
  if (!text) return [];
  const { form, start, end } = mappedSearchForm(text);
  const { words, at: wordAt } = formWords(form);
  const segments: Segment[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const n = matchAt(words, i);
    if (n === 0) continue;
    const from = start[wordAt[i]!]!;
    const to = end[wordAt[i + n - 1]! + words[i + n - 1]!.length - 1]!;
    i += n - 1;
    if (from < at) continue;
    if (from > at) segments.push({ text: text.slice(at, from) });
    const previous = segments[segments.length - 1];
    // Two marked runs with nothing between them (a folded ligature) read as one mark.
    if (previous?.mark && from === at) previous.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** Marks every word whose search form is in `words` (the vocabulary words a query matched). */
export function highlight(text: string, words: ReadonlySet<string>): Segment[] {
  if (!words.size) return text ? [{ text }] : [];
  return markRuns(text, (form, at) => (words.has(form[at]!) ? 1 : 0));
}

/**
 * A marker of every whole-word occurrence of any of `phrases` (names, in any
 * case or script the fold joins); a longer phrase wins over a shorter one it
 * starts with. Phrases under two characters are ignored. Made once for many
 * texts: an entity page marks its names in hundreds of sentences.
 */
export function phraseMarker(phrases: readonly string[]): (text: string) => Segment[] {
  const forms = phrases.filter((p) => searchForm(p).trim().length >= 2).map((p) => searchForm(p).match(WORD) ?? []);
  const wanted = [...new Map(forms.filter((p) => p.length > 0).map((p) => [p.join(' '), p])).values()].sort((a, b) => b.length - a.length);
  const firstWords = new Set(wanted.map((p) => p[0]!));
  const matchAt = (words: readonly string[], at: number) =>
    firstWords.has(words[at]!) ? (wanted.find((p) => p.every((w, k) => words[at + k] === w))?.length ?? 0) : 0;
  return (text) => (wanted.length ? markRuns(text, matchAt) : text ? [{ text }] : []);
}

/** Marks the phrases in one text (see phraseMarker). */
export function markPhrases(text: string, phrases: readonly string[]): Segment[] {
  return phraseMarker(phrases)(text);
}

/** True when any segment is marked. */
export const hasMark = (segments: readonly Segment[]) => segments.some((s) => s.mark);
