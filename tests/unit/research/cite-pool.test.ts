/** Citations formatted on worker threads (src/lib/cite/format-pool-fs.ts) are the ones the main thread formats. */
import { afterAll, expect, test } from 'vitest';
import { unformattedTargets } from '../../../src/lib/cite/citations.ts';
import { CitationPool } from '../../../src/lib/cite/format-pool-fs.ts';
import { formatItems } from '../../../src/lib/cite/format.ts';
import { loadCorpus } from '../../../src/lib/corpus-fs.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { FIXTURE_ROOT } from '../../support/content-tree.ts';

const pool = new CitationPool({ threads: 2 });
afterAll(() => pool.close());

/** Each fixture digest's cite items (its own and its claims'). */
async function itemLists() {
  const graph = buildGraph(await loadCorpus(FIXTURE_ROOT));
  return graph.digests.map((digest) => unformattedTargets(graph, digest, { site: new URL('https://digest.example') }).map((t) => t.item));
}

test('every digest’s citations come back from the workers as formatItems makes them, in order', async () => {
  const lists = await itemLists();
  expect(lists.length).toBeGreaterThan(1);
  const onWorkers = await Promise.all(lists.map((items) => pool.format(items)));
  expect(onWorkers).toEqual(lists.map((items) => formatItems(items)));
});

test('without a worker program, citations are formatted on the calling thread', async () => {
  const here = new CitationPool({ workerModule: null });
  const [items] = await itemLists();
  expect(await here.format(items!)).toEqual(formatItems(items!));
  await here.close();
});

test('an item that cannot be formatted is an error naming the failure', async () => {
  await expect(pool.format([null as never])).rejects.toThrow(/a citation job failed/);
});
