/**
 * Bounded pages, on a site large enough to need them: a generated corpus of
 * 450 digests (the real content fits on one page of every list) built into a
 * temporary folder and served. Every list is complete across its pages, in
 * order, with no page over 200 KB; the pages pass the link check, the
 * sitemap, axe and the CSP; readers move between them with the links.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../bench/corpus/write.ts';
import { loadCorpus } from '../../src/lib/corpus-fs.ts';
import { buildGraph, type EntityGraph } from '../../src/lib/graph.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import { disputesInOrder } from '../../src/lib/views/entities.ts';
import { ENTITY_LIST_INFO, ENTITY_LISTS, PAGE_SIZE, type EntityListName } from '../../src/lib/views/pagination.ts';
import { htmlFiles, loadBuiltSite } from '../support/built-site.ts';
import { checkLinks, formatBroken, readPage, urlPathOf } from '../support/link-check.ts';
import { describeViolations, runAxe } from './setup/axe.ts';
import { cspViolations } from './setup/csp.ts';
import { useBrowser } from './setup/page.ts';
import { freePort } from '../support/dev-server.ts';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
const MAX_PAGE_BYTES = 200 * 1024;
const DIGESTS = 450;
const LAST_DIGESTS_PAGE = Math.ceil(DIGESTS / PAGE_SIZE.digests);
const root = mkdtempSync(join(tmpdir(), 'paginated-site-'));
const content = join(root, 'content');
const dist = join(root, 'dist');
let graph: EntityGraph;
let origin: string;
let stop: (() => Promise<void>) | undefined;
const { browser } = useBrowser();


beforeAll(async () => {
  await writeCorpus(content, { digests: DIGESTS, seed: 'pages' });
  const build = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', dist], {
    encoding: 'utf8',
    // Astro logs a line per file it writes, over 1 MB (spawnSync's default) on a site this size.
    maxBuffer: 64 * 1024 * 1024,
    // A cache of its own, so this site neither reuses nor replaces the main build's.
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(root, 'cache'), PREVIEW_IMAGES: 'site', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr || build.stdout}`);
  graph = buildGraph(await loadCorpus(content));
  const port = await freePort();
  const server = await preview({ root: process.cwd(), outDir: dist, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  origin = `http://127.0.0.1:${port}`;
  stop = () => server.stop();
}, 240_000);

afterAll(async () => {
  await stop?.();
  rmSync(root, { recursive: true, force: true });
});

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

/** Follows rel="next" from `first`, returning every page's path, first included. */
function chain(first: string): string[] {
  const pages = [first];
  for (;;) {
    const next = /<link rel="next" href="([^"]+)"/.exec(html(pages.at(-1)!))?.[1];
    if (!next) return pages;
    if (pages.includes(next) || pages.length > 1000) throw new Error(`rel=next loops at ${next}`);
    pages.push(next);
  }
}

/** The sections of an entity page, in order; each runs to the next. */
const ENTITY_SECTIONS = /<section aria-labelledby="(?:digests|claims-by|claims-about|disputes|timeline|profile|related)"/g;

/**
 * The first captures of `pattern` in a page's <main> (or only in the entity
 * page section `section`), in document order, without repeats side by side.
 */
function linksIn(path: string, pattern: RegExp, section?: string): string[] {
  const page = html(path);
  let part = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
  if (section) {
    const start = part.indexOf(`<section aria-labelledby="${section}"`);
    if (start < 0) return [];
    const next = [...part.matchAll(ENTITY_SECTIONS)].map((m) => m.index).find((i) => i > start);
    part = part.slice(start, next);
  }
  return [...part.matchAll(pattern)].map((m) => m[1]!).filter((href, i, all) => href !== all[i - 1]);
}

describe('a site of 450 digests', () => {
  test('no HTML page is over 200 KB', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(1000);
    const big = files.map((f) => [f, statSync(join(dist, f)).size] as const).filter(([, size]) => size > MAX_PAGE_BYTES);
    expect(big).toEqual([]);
  });

  test('/digests/ and its later pages list every digest once, newest first', () => {
    const pages = chain('/digests/');
    expect(pages).toEqual(['/digests/', ...Array.from({ length: LAST_DIGESTS_PAGE - 1 }, (_, i) => `/digests/${i + 2}/`)]);
    const listed = pages.flatMap((p) => linksIn(p, /class="digest-item__title"[^>]*><a href="\/digests\/([^/"]+)\/"/g));
    expect(listed).toEqual(graph.digests.map((d) => d.id));
  });

  test('/disputes/ and its later pages list every dispute once, by title', () => {
    const pages = chain('/disputes/');
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.flatMap((p) => linksIn(p, /<h2 id="dispute-[^"]+"[^>]*><a href="\/disputes\/([^/"]+)\/"/g));
    expect(listed).toEqual(disputesInOrder(graph).map((d) => d.id));
  });

  const LINKS: Record<EntityListName, RegExp> = {
    digests: /class="backlink__title"[^>]*><a href="\/digests\/([^/"]+)\/"/g,
    'claims-by': /href="\/digests\/([^/"]+\/#claim-[^"]+)"/g,
    'claims-about': /href="\/digests\/([^/"]+\/#claim-[^"]+)"/g,
    disputes: /class="dispute-brief"[^>]*><h3[^>]*><a href="\/disputes\/([^/"]+)\/"/g,
  };
  const expected = (id: string, list: EntityListName): string[] => {
    if (list === 'digests') return graph.backlinks(id).map((b) => b.digest.id);
    if (list === 'disputes') return graph.disputesAbout(id).map((d) => d.id);
    const claims = list === 'claims-by' ? graph.claimsBy(id) : graph.claimsAbout(id);
    return claims.map(({ digest, claim }) => `${digest.id}/#claim-${claim.id}`);
  };

  test.each(ENTITY_LISTS)('every entity’s %s list is complete across its pages, in order', (list) => {
    let paginated = 0;
    for (const record of graph.entities.values()) {
      const want = expected(record.id, list);
      if (want.length === 0) continue;
      const first = entryUrl(record.kind, record.id);
      const { anchor, size } = ENTITY_LIST_INFO[list];
      // Page 1 is the entity page's own section; later pages hold only the list.
      const pages = [first, ...Array.from({ length: Math.ceil(want.length / size) - 1 }, (_, i) => `${first}${list}/${i + 2}/`)];
      if (pages.length > 1) paginated++;
      const got = pages.flatMap((p, i) => linksIn(p, LINKS[list], i === 0 ? anchor : undefined));
      expect(got, `${first} ${list}`).toEqual(want);
      expect(() => html(`${first}${list}/${pages.length + 1}/`), 'no page past the last').toThrow();
    }
    expect(paginated, `some entity has more than one page of ${list}`).toBeGreaterThan(0);
  });

  test('every internal link resolves, and the sitemap lists every page once', () => {
    const site = loadBuiltSite(dist);
    const report = checkLinks(site);
    expect(report.broken.length, formatBroken(report.broken)).toBe(0);
    const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });
    const read = (file: string) => xml.parse(readFileSync(join(dist, file), 'utf8'));
    const locs: string[] = read('sitemap-index.xml').sitemapindex.sitemap.flatMap((s: { loc: string }) =>
      read(new URL(s.loc).pathname.slice(1)).urlset.url.map((u: { loc: string }) => new URL(u.loc).pathname),
    );
    const pages = htmlFiles(dist).filter((f) => f !== '404.html').map(urlPathOf);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual([...pages].sort());
    expect(locs).toContain('/digests/2/');
  });

  test('page 2 is canonical to itself and links back to page 1', () => {
    const page = readPage(html('/digests/2/'));
    expect(new URL(page.canonical!).pathname).toBe('/digests/2/');
    expect(html('/digests/2/')).toContain('<link rel="prev" href="/digests/">');
    expect(html('/digests/')).not.toContain('rel="prev"');
  });
});

describe('in the browser', () => {
  const paginated = () => {
    const record = [...graph.entities.values()].find((r) => graph.backlinks(r.id).length > 2 * ENTITY_LIST_INFO.digests.size)!;
    return { record, page2: `${entryUrl(record.kind, record.id)}digests/2/` };
  };

  test('a reader pages through the digests with Next and Previous, by mouse and keyboard', async () => {
    const page = await browser().newPage();
    try {
      await page.goto(`${origin}/digests/`);
      const nav = page.getByRole('navigation', { name: 'Pages of digests' });
      await nav.getByRole('link', { name: 'Next page of digests' }).click();
      await page.waitForURL(`${origin}/digests/2/`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Digests, page 2');
      expect(await nav.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
      await nav.getByRole('link', { name: 'Previous page of digests' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`${origin}/digests/`);
      // Page 1 offers the last page directly, past a gap.
      await nav.getByRole('link', { name: `Page ${LAST_DIGESTS_PAGE}` }).click();
      await page.waitForURL(`${origin}/digests/${LAST_DIGESTS_PAGE}/`);
      expect(await nav.getByRole('link', { name: /Next page/ }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('from an entity page, a reader reaches the next page of its digests and comes back to the section', async () => {
    const { record, page2 } = paginated();
    const page = await browser().newPage();
    try {
      await page.goto(`${origin}${entryUrl(record.kind, record.id)}`);
      await page.getByRole('link', { name: `Next page of digests that mention ${record.name}` }).click();
      await page.waitForURL(`${origin}${page2}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Digests that mention ${record.name}`);
      expect(await page.locator('.backlink').count()).toBe(ENTITY_LIST_INFO.digests.size);
      await page.getByRole('link', { name: `Previous page of digests that mention ${record.name}` }).click();
      await page.waitForURL(`${origin}${entryUrl(record.kind, record.id)}#digests`);
    } finally {
      await page.close();
    }
  });

  const listPages = () => ['/digests/2/', '/disputes/2/', paginated().page2];

  test.for(['light', 'dark'] as const)('later pages of lists have no WCAG A/AA violations (%s)', async (colorScheme) => {
    for (const path of listPages()) {
      const page = await browser().newPage({ colorScheme });
      try {
        await page.goto(`${origin}${path}`);
        const { violations } = await runAxe(page);
        expect(violations.length, `${path}:\n${describeViolations(violations)}`).toBe(0);
      } finally {
        await page.close();
      }
    }
  });

  test('later pages of lists run with zero CSP violations', async () => {
    for (const path of listPages()) expect(await cspViolations(browser(), `${origin}${path}`), path).toEqual([]);
  });
});
