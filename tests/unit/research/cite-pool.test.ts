/** Citations and citation files formatted on worker threads are the ones the main thread formats. */
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { unformattedTargets } from '../../../src/lib/cite/citations.ts';
import type { CslItem } from '../../../src/lib/cite/csl.ts';
import { citationPool } from '../../../src/lib/cite/format-pool-fs.ts';
import { formatItems } from '../../../src/lib/cite/format.ts';
import { loadCorpus } from '../../../src/lib/corpus-fs.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { FIXTURE_ROOT } from '../../support/content-tree.ts';

const pool = citationPool(undefined, 2)!;
afterAll(() => pool.close());

test('every digest of the fixture corpus formats the same on a worker as here', { timeout: 60_000 }, async () => {
  const graph = buildGraph(await loadCorpus(FIXTURE_ROOT));
  const ctx = { site: new URL('https://digest.example') };
  const batches = graph.digests.map((digest) => unformattedTargets(graph, digest, ctx).map((t) => t.item));
  expect(batches.flat().length).toBeGreaterThan(graph.digests.length);
  const onWorkers = await Promise.all(batches.map((items) => pool.run(items)));
  expect(onWorkers).toEqual(batches.map((items) => formatItems(items)));
});

test('an item citeproc refuses is an error naming the job, and the pool carries on', { timeout: 60_000 }, async () => {
  await expect(pool.run([null as unknown as CslItem])).rejects.toThrow(/a citation job failed/);
  const graph = buildGraph(await loadCorpus(FIXTURE_ROOT));
  const [item] = unformattedTargets(graph, graph.digests[0]!, { site: new URL('https://digest.example') });
  expect((await pool.run([item!.item]))[0]!.citations.map((c) => c.style)).toEqual(['chicago', 'apa']);
});

test('without the worker’s source there is no pool, and the build formats on the main thread', () => {
  expect(citationPool(fileURLToPath(new URL('./no-such-folder/format-worker.ts', import.meta.url)))).toBeUndefined();
});
