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

/**
 * The known ids closest to `unknown`, nearest first: close by edit distance,
 * or sharing a whole word (so "tokayev" suggests "kassym-jomart-tokayev").
 */
export function nearestIds(unknown: string, known: Iterable<string>, limit = 3): string[] {
  const words = new Set(unknown.split('-').filter((w) => w.length > 2));
  const scored: Array<[string, number]> = [];
  for (const id of known) {
    const distance = editDistance(unknown, id);
    const sharesWord = id.split('-').some((w) => words.has(w));
    const threshold = Math.max(2, Math.floor(unknown.length / 3));
    if (distance <= threshold || sharesWord) scored.push([id, sharesWord ? Math.min(distance, threshold) : distance]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}

/** ` (did you mean "a", "b"?)` or an empty string when nothing is close. */
export function didYouMean(unknown: string, known: Iterable<string>): string {
  const near = nearestIds(unknown, known);
  return near.length ? ` (did you mean ${near.map((id) => `"${id}"`).join(', ')}?)` : '';
}
