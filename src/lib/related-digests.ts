/**
 * Related digests: ranked by the entities two digests share, each weighted
 * by how rare it is (inverse document frequency, ln(1 + N / df) over N
 * digests, df of them naming the entity). Sharing a minor official says more
 * than sharing China: at 10,000 digests an entity named once weighs 9.2, one
 * named in every digest 0.69 (not zero, so that two digests of a small site
 * that share everything are still related).
 *
 * Cost is bounded per digest, so ranking every digest is linear in corpus
 * size however common an entity is: candidates are gathered from the
 * digest's rarest entities first, at most `maxCandidates` of them; when an
 * entity's digests do not all fit, the ones nearest in publication order are
 * taken. With fewer digests than `maxCandidates` the ranking is exact.
 */

/** What a ranking needs of the graph: digests in a fixed order and the entities each touches. */
export interface RelatedInput {
  /** Digest ids in the site's order (newest first); "nearest" means nearest in this order. */
  order: readonly string[];
  entitiesOf(id: string): ReadonlySet<string>;
}

/** A related digest, with its score and the entities it shares. */
export interface RankedDigest {
  id: string;
  /** Sum of ln(1 + N / df) over the shared entities, in millionths. */
  score: number;
  /** Shared entities, in the other digest's order. */
  shared: string[];
}

/** Candidates scored per digest; enough that the best few are among them, small enough to stay cheap. */
export const MAX_CANDIDATES = 400;

/** Builds the ranking once; the returned function answers for one digest. */
export function relatedDigestRanking(
  input: RelatedInput,
  { maxCandidates = MAX_CANDIDATES }: { maxCandidates?: number } = {},
): (id: string, limit: number) => RankedDigest[] {
  const { order } = input;
  const n = order.length;
  const position = new Map(order.map((id, i) => [id, i]));
  const sets = order.map((id) => input.entitiesOf(id));
  // Positions of the digests that touch each entity, ascending.
  const touching = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const e of set) {
      const list = touching.get(e);
      if (list) list.push(i);
      else touching.set(e, [i]);
    }
  });
  // In millionths, rounded: integer sums are exact in any order, so equal scores tie exactly.
  const weight = (e: string) => Math.round(1e6 * Math.log(1 + n / (touching.get(e)?.length ?? n)));
  const score = new Float64Array(n);
  const seen = new Uint8Array(n);
  // Which digests touch a common entity, as one byte per digest: checking
  // hundreds of candidates against it is then an array read, not a string
  // lookup in each candidate's set (that was most of the ranking's time).
  const members = new Map<string, Uint8Array>();
  const membersOf = (e: string) => {
    let bytes = members.get(e);
    if (!bytes) {
      bytes = new Uint8Array(n);
      for (const j of touching.get(e)!) bytes[j] = 1;
      members.set(e, bytes);
    }
    return bytes;
  };

  return (id, limit) => {
    const self = position.get(id);
    if (self === undefined || limit < 1) return [];
    // Rarest first, ties by id.
    const own = [...sets[self]!].sort((a, b) => touching.get(a)!.length - touching.get(b)!.length || (a < b ? -1 : a > b ? 1 : 0));
    const candidates: number[] = [];
    const add = (j: number) => {
      if (j === self || seen[j]) return;
      seen[j] = 1;
      candidates.push(j);
    };
    let full = 0; // entities [0, full) had every digest enumerated and scored as they were added
    for (; full < own.length; full++) {
      const list = touching.get(own[full]!)!;
      if (candidates.length + list.length - 1 > maxCandidates) break;
      const w = weight(own[full]!);
      for (const j of list) {
        if (j === self) continue;
        add(j);
        score[j]! += w;
      }
    }
    if (full < own.length && candidates.length < maxCandidates) {
      // The next rarest entity has too many digests: take those nearest this one in order.
      const list = touching.get(own[full]!)!;
      let hi = lowerBound(list, self);
      let lo = hi - 1;
      if (list[hi] === self) hi++;
      while (candidates.length < maxCandidates && (lo >= 0 || hi < list.length)) {
        const before = lo >= 0 ? self - list[lo]! : Infinity;
        const after = hi < list.length ? list[hi]! - self : Infinity;
        add(before <= after ? list[lo--]! : list[hi++]!);
      }
    }
    // Entities not enumerated in full are scored by looking each candidate up.
    for (let k = full; k < own.length; k++) {
      const e = own[k]!;
      const w = weight(e);
      const touches = membersOf(e);
      for (const j of candidates) if (touches[j]) score[j]! += w;
    }

    const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && order[a]! < order[b]!);
    const best: number[] = [];
    for (const j of candidates) {
      if (best.length === limit && !before(j, best[best.length - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(j, best[at - 1]!)) at--;
      best.splice(at, 0, j);
      if (best.length > limit) best.pop();
    }
    const mine = sets[self]!;
    const result = best.map((j) => ({ id: order[j]!, score: score[j]!, shared: [...sets[j]!].filter((e) => mine.has(e)) }));
    for (const j of candidates) {
      score[j] = 0;
      seen[j] = 0;
    }
    return result;
  };
}

/** First index in the ascending `list` whose value is ≥ `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
