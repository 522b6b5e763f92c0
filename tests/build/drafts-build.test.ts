/**
 * Drafts are never published: a real `astro build` of the fixture corpus
 * with a draft digest and a draft entity added is, file for file and byte
 * for byte, the build without them. Pages, search index, feeds, sitemap,
 * open data, preview images and every count are covered by that.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { parseCorpus } from '../../src/lib/corpus.ts';
import { contentTree } from '../support/content-tree.ts';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

function build(changes: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'drafts-build-'));
  const content = join(root, 'content');
  for (const file of contentTree(changes)) {
    mkdirSync(dirname(join(content, file.relativePath)), { recursive: true });
    writeFileSync(join(content, file.relativePath), file.text);
  }
  const dist = join(root, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', dist], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, PREVIEW_IMAGES: 'site', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(result.status, result.stderr).toBe(0);
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dist.length + 1))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(join(dist, f))]));
}

const herald = contentTree().find((f) => f.relativePath === 'digests/herald-pact-ready.md')!.text;
const DRAFTS = {
  'countries/marxonia.md': '---\ndraft: true\nname: Marxonia\naliases: [Марксония]\nsummary: "TODO"\ncentralAsia: true\n---\nTODO: a neighbour of [[freedonia]].\n',
  'digests/marxonia-scoop.md': herald
    .replace('title: The Pact says it was ready to help', 'draft: true\ntitle: The Marxonia scoop')
    .replace('countries: [freedonia]', 'countries: [freedonia, marxonia]')
    .replace('id: pact-offered', 'id: marxonia-offered')
    .replace('    disputes: [herald-border-crisis#no-troops]\n', '')
    .replace('to [[freedonia]]', 'to [[marxonia]]'),
};

let published: Map<string, Buffer>;
let withDrafts: Map<string, Buffer>;
beforeAll(() => {
  published = build({});
  withDrafts = build(DRAFTS);
}, 180_000);

test('the drafts are valid drafts that link published entries', () => {
  const { issues, drafts } = parseCorpus(contentTree(DRAFTS));
  expect(issues).toEqual([]);
  expect(drafts).toHaveLength(2);
});

test('the build with drafts has exactly the files of the build without them', () => {
  expect([...withDrafts.keys()]).toEqual([...published.keys()]);
  expect([...withDrafts.keys()].filter((f) => /marxonia/i.test(f))).toEqual([]);
});

test('and every file is the same, so nothing of the drafts is in any page, feed, index or count', () => {
  const differing = [...withDrafts].filter(([file, bytes]) => !published.get(file)?.equals(bytes)).map(([file]) => file);
  expect(differing).toEqual([]);
  expect([...withDrafts].filter(([, bytes]) => /marxonia|Марксония/i.test(bytes.toString('utf8'))).map(([file]) => file)).toEqual([]);
});
