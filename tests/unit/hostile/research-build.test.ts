/**
 * Hostile titles, names and claims through a real site build: every
 * citation file, CSV table and Highwire tag the build writes is read back
 * with other parsers (Citation.js's readers, csv-parse, parse5) and compared
 * field by field with the content.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus-fs.ts';
import { buildGraph, type EntityGraph } from '../../../src/lib/graph.ts';
import { siteOrigin } from '../../support/built-site.ts';
import { contentTree, edit } from '../../support/content-tree.ts';
import { checkCitationFiles, checkCsvFiles, checkHighwire, readCsv } from '../../support/research-files.ts';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

const TITLE = 'Pact "ready" {50%} & more, \\ $x #1 <i>literal</i> — Казахстан 中国';
const CLAIM = '=HYPERLINK("http://evil.example","click"), says the Pact; 100% {sure} & Кыргызстан 中国';
const QUOTE = 'Line one,\nline "two"';
const NAME = '@Test Pact, "Организация" 组织 & Co.';

const pactReady = edit('digests/herald-pact-ready.md', 'text: The Pact offered troops early in the crisis.', `text: ${JSON.stringify(CLAIM)}\n    quote: ${JSON.stringify(QUOTE)}`);
const changes = {
  'digests/herald-pact-ready.md': pactReady['digests/herald-pact-ready.md']!.replace(
    'title: The Pact says it was ready to help',
    `title: ${JSON.stringify(TITLE)}\ndigested: "2026-11-23"`,
  ),
  ...edit('actors/test-pact.md', 'name: Test Pact Organization', `name: ${JSON.stringify(NAME)}`),
};

describe('a build with hostile titles, claims and names', { timeout: 180_000 }, () => {
  let dist: string;
  let graph: EntityGraph;
  let status: number | null;
  let stderr: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'research-build-'));
    const content = join(root, 'content');
    for (const file of contentTree(changes)) {
      mkdirSync(dirname(join(content, file.relativePath)), { recursive: true });
      writeFileSync(join(content, file.relativePath), file.text);
    }
    dist = join(root, 'dist');
    const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', dist], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, PREVIEW_IMAGES: 'site', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    status = result.status;
    stderr = result.stderr;
    graph = buildGraph(await loadCorpus(content));
  }, 180_000);

  test('succeeds, with the hostile content in place', () => {
    expect(status, stderr).toBe(0);
    const digest = graph.digests.find((d) => d.id === 'herald-pact-ready')!;
    expect(digest.data.title).toBe(TITLE);
    expect(digest.data.claims[0]!.text).toBe(CLAIM);
    expect(graph.entities.get('test-pact')!.name).toBe(NAME);
  });

  test('every BibTeX, RIS and CSL-JSON file parses back to the content', () => {
    expect(checkCitationFiles(dist, graph, siteOrigin(dist))).toBe(3 * (graph.digests.length + graph.digests.flatMap((d) => d.data.claims).length));
  });

  test('every CSV table parses back to the content, formulas neutralised', () => {
    expect(checkCsvFiles(dist, graph, siteOrigin(dist))).toBeGreaterThan(0);
    const claims = readCsv(join(dist, 'data/claims.csv'));
    const row = claims.find((r) => r.claim === 'pact-offered')!;
    expect(row.text).toBe(`'${CLAIM}`);
    expect(row.quote).toBe(QUOTE);
    expect(row.by_name).toBe(`'${NAME}`);
  });

  test('Highwire tags carry the hostile title intact', () => {
    expect(checkHighwire(dist, graph, siteOrigin(dist))).toBe(graph.digests.length);
  });
});
