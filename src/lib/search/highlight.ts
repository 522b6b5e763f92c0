/**
 * Highlighting as data: a text split into segments, the matched ones marked.
 * The browser turns segments into text nodes and <mark> elements, so neither
 * the query nor the content is ever parsed as HTML.
 */
import { mappedSearchForm, WORD } from './fold.ts';

/** A piece of a text; `mark` when it matched the query. Joined in order, segments give back the text. */
export interface Segment {
  text: string;
  mark?: true;
}

/**
 * Splits `text` so that every word whose search form is in `words` is its own
 * marked segment. Matching happens on the search form, so a Latin query marks
 * the Cyrillic "Токаев" and a plain one marks "Tōkyō".
 */
export function highlight(text: string, words: ReadonlySet<string>): Segment[] {
  if (!words.size || !text) return text ? [{ text }] : [];
  const { form, start, end } = mappedSearchForm(text);
  const segments: Segment[] = [];
  let at = 0;
  for (const match of form.matchAll(WORD)) {
    if (!words.has(match[0])) continue;
    const from = start[match.index]!;
    const to = end[match.index + match[0].length - 1]!;
    if (from < at) continue;
    if (from > at) segments.push({ text: text.slice(at, from) });
    const last = segments[segments.length - 1];
    // Two marked words with nothing between them (a folded ligature) read as one mark.
    if (last?.mark && from === at) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** True when any segment is marked. */
export const hasMark = (segments: readonly Segment[]) => segments.some((s) => s.mark);
