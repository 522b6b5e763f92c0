/**
 * Scaffolding from each source article finds the entities its finished
 * digest links (front matter lists and [[id]] links in the body): at least
 * 80% of them over the five articles. The figures are in docs/AUTHORING.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { entityIndex } from '../../../src/lib/authoring/entity-index.ts';
import { scaffoldDigest } from '../../../src/lib/authoring/scaffold.ts';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { checkContent, readContentTree } from '../../../src/lib/corpus-fs.ts';
import { seedsDir } from '../../support/seeds.ts';

const ROOT = join(import.meta.dirname, '../../..');
const { corpus } = await checkContent(join(ROOT, 'content'), ROOT);
const entities = entityIndex(corpus);
const isEntity = new Set(entities.map((e) => e.id));

const rows = corpus.digest.map((digest) => {
  const file = digest.data.source.file!;
  const scaffold = scaffoldDigest(file, readFileSync(join(seedsDir(), file), 'utf8'), entities);
  const d = digest.data;
  const linked = new Set([...d.countries, ...d.actors, ...d.topics, ...d.events, ...digest.rendered.entityLinks.map((l) => l.id)].filter((id) => isEntity.has(id)));
  const named = new Set(scaffold.found.map((f) => f.id));
  const offered = new Set([...named, ...scaffold.related.map((r) => r.id)]);
  const hits = (found: Set<string>) => [...found].filter((id) => linked.has(id)).length;
  return { file, linked: linked.size, named: named.size, namedHits: hits(named), offered: offered.size, hits: hits(offered) };
});

test('there is a seed file for every digest', () => {
  expect(rows).toHaveLength(5);
});

test('the scaffolds offer at least 80% of the entities the finished digests link', () => {
  const sum = (key: keyof (typeof rows)[number]) => rows.reduce((n, r) => n + (r[key] as number), 0);
  const recall = sum('hits') / sum('linked');
  const precision = sum('hits') / sum('offered');
  console.log(rows.map((r) => `${r.file}: named ${r.namedHits}/${r.linked}, offered ${r.hits}/${r.linked} (precision ${r.hits}/${r.offered})`).join('\n'));
  console.log(`recall ${recall.toFixed(3)} (named only ${(sum('namedHits') / sum('linked')).toFixed(3)}), precision ${precision.toFixed(3)} (named only ${(sum('namedHits') / sum('named')).toFixed(3)})`);
  expect(recall).toBeGreaterThanOrEqual(0.8);
  // Suggestions are for the author to trim, but most must be right.
  expect(precision).toBeGreaterThanOrEqual(0.6);
});

test('every draft scaffolded from a seed checks clean as a draft', async () => {
  const files = await readContentTree(join(ROOT, 'content'), ROOT);
  const drafts = rows.map((row, i) => ({
    path: `content/digests/new-draft-${i}.md`,
    relativePath: `digests/new-draft-${i}.md`,
    text: scaffoldDigest(row.file, readFileSync(join(seedsDir(), row.file), 'utf8'), entities).text,
  }));
  const result = parseCorpus([...files, ...drafts]);
  expect(result.issues).toEqual([]);
  expect(result.drafts).toHaveLength(5);
});
