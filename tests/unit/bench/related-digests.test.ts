import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate.ts';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { buildGraph, type EntityGraph } from '../../../src/lib/graph.ts';

/** The definition relatedDigests must meet: compare every pair of digests. */
function bruteForce(graph: EntityGraph, id: string, limit: number) {
  const own = graph.entitiesOf(id);
  return graph.digests
    .filter((d) => d.id !== id)
    .map((d) => ({ id: d.id, shared: [...graph.entitiesOf(d.id)].filter((e) => own.has(e)) }))
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.id.localeCompare(b.id))
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

  it('returns exactly what comparing every pair of digests returns', () => {
    expect(issues).toEqual([]);
    for (const digest of graph.digests) {
      for (const limit of [1, 4, 10]) {
        const got = graph.relatedDigests(digest.id, limit).map((r) => ({ id: r.digest.id, shared: r.shared }));
        expect(got).toEqual(bruteForce(graph, digest.id, limit));
      }
    }
  });

  it('gives the same answer when asked twice (no counts left over between calls)', () => {
    const id = graph.digests[0]!.id;
    expect(graph.relatedDigests(id)).toEqual(graph.relatedDigests(id));
  });
});
