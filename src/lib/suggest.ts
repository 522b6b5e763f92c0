import { searchKey } from './search/fold.ts';

/** Edit distance between two short strings (ids), for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The names an id goes by (name, aliases in any script), for matching a mistyped id against them. */
export type NamesOf = (id: string) => readonly string[] | undefined;

/** An id or a name reduced the way search reduces text, spaces removed: "Kirghizia" and "kirghizia" agree, so do "Toqaev" and "Тоқаев". */
const compact = (text: string) => searchKey(text.replaceAll('-', ' ')).replaceAll(' ', '');

/**
 * The known ids closest to `unknown`, nearest first: close by edit distance,
 * sharing a whole word (so "tokayev" suggests "kassym-jomart-tokayev"), or
 * close to one of the entity's names or aliases in any script (so
 * "kirghizia" suggests "kyrgyzstan").
 */
export function nearestIds(unknown: string, known: Iterable<string>, limit = 3, namesOf?: NamesOf): string[] {
  const words = new Set(unknown.split('-').filter((w) => w.length > 2));
  const wanted = compact(unknown);
  const threshold = Math.max(2, Math.floor(unknown.length / 3));
  const scored: Array<[string, number]> = [];
  for (const id of known) {
    const distance = editDistance(unknown, id);
    const sharesWord = id.split('-').some((w) => w.length > 0 && words.has(w));
    // An alias written exactly is a better hint than any near id.
    const byName = Math.min(Infinity, ...(namesOf?.(id) ?? []).map((name) => editDistance(wanted, compact(name))));
    const score = Math.min(byName === 0 ? -1 : byName, sharesWord ? Math.min(distance, threshold) : distance);
    if (score <= threshold) scored.push([id, score]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}

/** ` (did you mean "a", "b"?)` or an empty string when nothing is close. */
export function didYouMean(unknown: string, known: Iterable<string>, namesOf?: NamesOf): string {
  const near = nearestIds(unknown, known, 3, namesOf);
  return near.length ? ` (did you mean ${near.map((id) => `"${id}"`).join(', ')}?)` : '';
}
