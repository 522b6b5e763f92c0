import { describe, expect, test } from 'vitest';
import { relatedDigestRanking, type RelatedInput } from '../../src/lib/related-digests.ts';

/** Digests d0…d(n-1), newest first, each touching the entities `entities(i)` returns. */
function input(n: number, entities: (i: number) => string[]): RelatedInput & { lookups: () => number } {
  let lookups = 0;
  const sets = new Map<string, ReadonlySet<string>>();
  for (let i = 0; i < n; i++) {
    const set = new Set(entities(i));
    // Counts membership tests: the ranking's work beyond a bounded enumeration.
    const has = set.has.bind(set);
    set.has = (e: string) => (lookups++, has(e));
    sets.set(`d${i}`, set);
  }
  return { order: [...sets.keys()], entitiesOf: (id) => sets.get(id)!, lookups: () => lookups };
}

describe('related digests, weighted by rarity', () => {
  test('one rare shared entity outranks two common ones', () => {
    // d0 shares "rare" with d1 only, and "common-a" and "common-b" with every digest.
    const rank = relatedDigestRanking(input(20, (i) => [...(i < 2 ? ['rare'] : []), 'common-a', 'common-b']));
    const [first, second] = rank('d0', 4);
    expect(first).toMatchObject({ id: 'd1', shared: ['rare', 'common-a', 'common-b'] });
    expect(second!.score).toBeLessThan(first!.score);
    expect(second!.shared).toEqual(['common-a', 'common-b']);
  });

  test('two digests that share everything in a two-digest site are related', () => {
    const rank = relatedDigestRanking(input(2, () => ['china']));
    expect(rank('d0', 4).map((r) => r.id)).toEqual(['d1']);
  });

  test('digests that share nothing are never related, and a digest is never its own', () => {
    const rank = relatedDigestRanking(input(6, (i) => [`only-${i}`]));
    expect(rank('d3', 4)).toEqual([]);
    expect(relatedDigestRanking(input(6, () => ['all']))('d3', 10).map((r) => r.id)).not.toContain('d3');
  });

  test('ties go to the smaller id, and the answer does not depend on earlier calls', () => {
    const rank = relatedDigestRanking(input(5, () => ['a', 'b']));
    const once = rank('d2', 2);
    expect(once.map((r) => r.id)).toEqual(['d0', 'd1']);
    rank('d0', 4);
    expect(rank('d2', 2)).toEqual(once);
  });

  test('an entity in every digest costs a bounded amount of work per digest, not one per other digest', () => {
    const measure = (n: number) => {
      const data = input(n, (i) => ['everywhere', 'half-' + (i % 2), 'tenth-' + (i % 10), `own-${i}`]);
      const rank = relatedDigestRanking(data, { maxCandidates: 50 });
      for (const id of data.order) rank(id, 4);
      return data.lookups();
    };
    const small = measure(500);
    const large = measure(4000);
    // Per digest: at most 50 candidates × 4 entities looked up, at any corpus size.
    expect(large).toBeLessThanOrEqual(4000 * 50 * 4);
    // Eight times the digests: linear work is about 8× (here 12×: more entities stop fitting in full), quadratic 64×.
    expect(large / small).toBeLessThan(16);
  });

  test('when an entity has too many digests, the nearest in order are the candidates', () => {
    const rank = relatedDigestRanking(input(100, () => ['everywhere']), { maxCandidates: 4 });
    expect(rank('d50', 10).map((r) => r.id).sort()).toEqual(['d48', 'd49', 'd51', 'd52']);
    expect(rank('d0', 10).map((r) => r.id).sort()).toEqual(['d1', 'd2', 'd3', 'd4']);
  });
});
