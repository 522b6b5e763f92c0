import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate.ts';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { buildGraph, type EntityGraph } from '../../../src/lib/graph.ts';

/** The definition relatedDigests must meet: score every other digest by the IDF of the entities it shares. */
function bruteForce(graph: EntityGraph, id: string, limit: number) {
  const n = graph.digests.length;
  const df = new Map<string, number>();
  for (const d of graph.digests) for (const e of graph.entitiesOf(d.id)) df.set(e, (df.get(e) ?? 0) + 1);
  const own = graph.entitiesOf(id);
  const idf = (e: string) => Math.round(1e6 * Math.log(1 + n / df.get(e)!));
  return graph.digests
    .filter((d) => d.id !== id)
    .map((d) => {
      const shared = [...graph.entitiesOf(d.id)].filter((e) => own.has(e));
      return { id: d.id, shared, score: shared.reduce((sum, e) => sum + idf(e), 0) };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

describe('relatedDigests on a synthetic corpus', () => {
  const files = [...generateCorpus({ digests: 80, seed: 'related' })].map((f) => ({
    path: `content/${f.relativePath}`,
    relativePath: f.relativePath,
    text: f.text,
  }));
  const { corpus, issues } = parseCorpus(files);
  const graph = buildGraph(corpus);

  it('returns what scoring every other digest returns (fewer digests than candidates: exact)', () => {
    expect(issues).toEqual([]);
    let compared = 0;
    for (const digest of graph.digests) {
      for (const limit of [1, 4, 10]) {
        const got = graph.relatedDigests(digest.id, limit).map((r) => ({ id: r.digest.id, shared: r.shared }));
        expect(got).toEqual(bruteForce(graph, digest.id, limit).map(({ id, shared }) => ({ id, shared })));
        compared += got.length;
      }
    }
    expect(compared).toBeGreaterThan(graph.digests.length);
  });

  it('gives the same answer when asked twice (no scores left over between calls)', () => {
    const id = graph.digests[0]!.id;
    expect(graph.relatedDigests(id)).toEqual(graph.relatedDigests(id));
  });
});
