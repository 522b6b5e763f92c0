/**
 * The reading experience in Chromium, on whatever content was built: the
 * expectations come from the same content tree (CONTENT_DIR or content/),
 * parsed by the core, so no fixture names are written down here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { describe, expect, test } from 'vitest';
import { contentRoot, loadCorpus } from '../../src/lib/corpus-fs.ts';
import { buildGraph, type EntityGraph } from '../../src/lib/graph.ts';
import { claimAnchor, entryUrl } from '../../src/lib/urls.ts';
import { mapCountries, mapPlaces } from '../../src/lib/views/entities.ts';
import { drawRegionMap } from '../../src/lib/views/map.ts';
import { DIST } from '../support/built-site.ts';
import { baseURL, useBrowser } from './setup/page.ts';

const { browser, open } = useBrowser();
const graph: EntityGraph = buildGraph(await loadCorpus(contentRoot()));

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

test('a reader goes from a digest to a country it discusses, and on to another digest', async () => {
  // A country that at least two digests list, and one of those digests.
  const country = graph.corpus.country.find(
    (c) => graph.digests.filter((d) => d.data.countries.includes(c.id)).length >= 2,
  );
  expect(country, 'the content has a country that two digests discuss').toBeDefined();
  const [first, second] = graph.digests.filter((d) => d.data.countries.includes(country!.id));

  const page = await open('/digests/');
  await page.locator(`main a[href="${entryUrl('digest', first!.id)}"]`).first().click();
  await page.waitForURL((url) => url.pathname === entryUrl('digest', first!.id));
  expect(squash(await page.locator('h1').textContent())).toBe(first!.data.title);

  await page.locator(`#mentioned ~ * a[href="${entryUrl('country', country!.id)}"]`).click();
  await page.waitForURL((url) => url.pathname === entryUrl('country', country!.id));
  expect(squash(await page.locator('h1').textContent())).toBe(country!.data.name);
  // The country page lists the digest we came from among its backlinks.
  await expect.poll(() => page.locator(`.backlinks a[href="${entryUrl('digest', first!.id)}"]`).count()).toBe(1);

  await page.locator(`.backlinks a[href="${entryUrl('digest', second!.id)}"]`).click();
  await page.waitForURL((url) => url.pathname === entryUrl('digest', second!.id));
  expect(squash(await page.locator('h1').textContent())).toBe(second!.data.title);
  await page.close();
});

test('an entity page shows every digest that mentions it, with the sentences that do', async () => {
  const record = [...graph.entities.values()].find((e) => graph.backlinks(e.id).some((b) => b.sentences.length > 0));
  expect(record, 'some entity is linked from a digest body').toBeDefined();
  // Pages list at most the 100 most recent digests.
  const backlinks = graph.backlinks(record!.id).slice(0, 100);

  const page = await open(record!.url);
  const items = page.locator('.backlinks > li');
  expect(await items.count()).toBe(backlinks.length);
  for (const [i, { digest, sentences }] of backlinks.entries()) {
    const item = items.nth(i);
    expect(await item.locator(`a[href="${entryUrl('digest', digest.id)}"]`).textContent()).toBe(digest.data.title);
    const quoted = (await item.locator('blockquote').allTextContents()).map(squash);
    expect(quoted).toEqual(sentences.map(squash));
  }
  await page.close();
});

describe('the timeline filter', () => {
  type Facet = 'country' | 'actor' | 'topic';
  const idsOf = (e: EntityGraph['timeline'][number], facet: Facet) =>
    ({ country: e.data.countries, actor: e.data.actors, topic: e.data.topics })[facet];
  /** A filter value that some events match and others do not, so the filter visibly narrows: Kazakhstan when it can. */
  const pick = (): { facet: Facet; id: string } | undefined => {
    for (const facet of ['country', 'actor', 'topic'] as const) {
      const ids = [...new Set(graph.timeline.flatMap((e) => idsOf(e, facet)))].sort();
      const partial = ids.filter((id) => graph.timeline.some((e) => !idsOf(e, facet).includes(id)));
      if (partial.length) return { facet, id: partial.includes('kazakhstan') ? 'kazakhstan' : partial[0]! };
    }
    return undefined;
  };
  const choice = pick();
  const expectedIds = () =>
    graph.timeline.filter((e) => idsOf(e, choice!.facet).includes(choice!.id)).map((e) => `event-${e.id}`);
  const visibleIds = (page: import('playwright-core').Page) =>
    page.locator('[data-timeline] li.event:visible').evaluateAll((items) => items.map((li) => li.id));
  const FACET_LABEL = { country: 'Countries', actor: 'Actors', topic: 'Topics' };

  test('has a value that narrows the timeline', () => {
    expect(choice, 'some country, actor or topic concerns some but not all events').toBeDefined();
  });

  test.skipIf(!choice)('reads the filter from the URL, shows only matching events and keeps the URL', async () => {
    const { facet, id } = choice!;
    const expected = expectedIds();
    const page = await open(`/timeline/?${facet}=${id}`);
    await expect.poll(() => visibleIds(page)).toEqual(expected);
    expect(new URL(page.url()).search).toBe(`?${facet}=${id}`);
    expect(await page.locator(`input[name="${facet}"][value="${id}"]`).isChecked()).toBe(true);
    expect(await page.locator('[data-filter-status]').textContent()).toBe(
      `Showing ${expected.length} of ${graph.timeline.length} events.`,
    );

    // Clearing the filter shows everything again and takes the filter out of the URL.
    await page.locator('[data-filter-clear]').click();
    await expect.poll(() => visibleIds(page)).toHaveLength(graph.timeline.length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  test.skipIf(!choice)('ticking a box narrows the list and writes the filter into the URL', async () => {
    const { facet, id } = choice!;
    const page = await open('/timeline/');
    await page.locator('summary', { hasText: FACET_LABEL[facet] }).click();
    await page.locator(`input[name="${facet}"][value="${id}"]`).check();
    await expect.poll(() => new URL(page.url()).search).toBe(`?${facet}=${id}`);
    expect(await visibleIds(page)).toEqual(expectedIds());
    await page.close();
  });

  test('nothing moves on a phone while the filter and download buttons come to life', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.addInitScript(() => {
      (window as unknown as { shifted: number }).shifted = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifted: number }).shifted += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL('/timeline/', baseURL()).href, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-filter-status]').textContent()).toMatch(/^Showing all/);
    expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBeLessThan(0.01);
    await page.close();
  });

  test.skipIf(!choice)('without JavaScript the whole timeline shows and the filter stays hidden', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`/timeline/?${choice!.facet}=${choice!.id}`, baseURL()).href);
    expect(await visibleIds(page)).toHaveLength(graph.timeline.length);
    expect(await page.locator('[data-timeline-filter]').isVisible()).toBe(false);
    await context.close();
  });
});

// The countries the map should link: those with pages whose shapes fall in the frame.
const onMap = drawRegionMap(countries110m as unknown as Topology, mapCountries(graph), [])
  .shapes.filter((s) => s.country)
  .map((s) => s.country!);

// A fictional corpus (the test fixtures) has no country on the real map.
describe.skipIf(onMap.length === 0)('the home page map', () => {
  test('links every country drawn that has a page, with its name and coverage as text', async () => {
    const countries = onMap;
    const page = await open('/');
    const links = page.locator('.region-map svg a:not(.pin)');
    const found = await links.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), label: a.getAttribute('aria-label') })),
    );
    expect(found.map((f) => f.href).sort()).toEqual(countries.map((c) => c.url).sort());
    for (const c of countries) {
      const label = found.find((f) => f.href === c.url)!.label;
      expect(label).toBe(`${c.name}: ${c.digests === 1 ? '1 digest' : `${c.digests} digests`}`);
    }
    // The text alternative lists the same countries.
    const listed = await page.locator('.region-map__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(countries.map((c) => c.url).sort());
    await page.close();
  });

  test('places inside the frame are pins that lead to their pages', async () => {
    const pins = drawRegionMap(countries110m as unknown as Topology, mapCountries(graph), mapPlaces(graph)).pins;
    const page = await open('/');
    const found = await page.locator('.region-map svg a.pin').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(found.sort()).toEqual(pins.map((p) => p.place.url).sort());
    if (pins.length) {
      const first = pins[0]!.place;
      await page.locator(`.region-map svg a.pin[href="${first.url}"]`).click();
      await page.waitForURL((url) => url.pathname === first.url);
      expect(await page.locator('h1').textContent()).toBe(first.name);
    }
    await page.close();
  });

  test('a country on the map leads to its page', async () => {
    const target = onMap.find((c) => c.id === 'kazakhstan') ?? onMap[0]!;
    const page = await open('/');
    await page.locator(`.region-map svg a[href="${target.url}"]`).click();
    await page.waitForURL((url) => url.pathname === target.url);
    expect(squash(await page.locator('h1').textContent())).toBe(target.name);
    await page.close();
  });
});

test('a disputed claim links to the claim it disputes, which is highlighted as the target', async () => {
  const withDispute = graph.digests.flatMap((d) => d.data.claims.map((c) => ({ d, c }))).find(({ c }) => c.disputes.length > 0);
  expect(withDispute, 'some claim disputes another').toBeDefined();
  const { d, c } = withDispute!;
  const ref = c.disputes[0]!.includes('#') ? c.disputes[0]! : `${d.id}#${c.disputes[0]}`;
  const [targetDigest, targetClaim] = ref.split('#') as [string, string];

  const page = await open(entryUrl('digest', d.id));
  const row = page.locator(`#${claimAnchor(c.id)}`);
  await row.locator(`a[href="${entryUrl('digest', targetDigest)}#${claimAnchor(targetClaim)}"]`).click();
  await page.waitForURL((url) => url.pathname === entryUrl('digest', targetDigest) && url.hash === `#${claimAnchor(targetClaim)}`);
  expect(await page.locator(`tr#${claimAnchor(targetClaim)}`).evaluate((tr) => tr.matches(':target'))).toBe(true);
  await page.close();
});

test('a heading anchor copies the section’s full URL and announces it', async () => {
  const digest = graph.digests[0]!;
  const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const url = new URL(entryUrl('digest', digest.id), baseURL()).href;
  await page.goto(url);
  await page.locator('#source a.anchor').click();
  await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#source`);
  await context.close();
});

describe('every page type', () => {
  const samples = () => {
    const first = (type: string) => [...graph.entities.values()].find((e) => e.kind === type)?.url;
    return [
      '/',
      '/digests/',
      entryUrl('digest', graph.digests[0]!.id),
      '/countries/',
      first('country'),
      first('actor'),
      first('topic'),
      first('event'),
      '/timeline/',
      '/disputes/',
      ...(graph.corpus.dispute[0] ? [entryUrl('dispute', graph.corpus.dispute[0].id)] : []),
      '/about/',
    ].filter((p): p is string => p !== undefined);
  };

  test('has unique ids, one h1, a skip link to main, and no horizontal scroll at 360 px', async () => {
    for (const path of samples()) {
      const page = await open(path, { width: 360 });
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${path} repeats ids`).toEqual([]);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#main');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways at 360 px`).toBe(0);
      await page.close();
    }
  });
});

test('a digest page’s HTML and CSS stay under 15 KB gzipped', () => {
  // Measured on the largest digest page: the one with the most to show.
  const sizes = graph.digests.map((d) => {
    const html = readFileSync(join(DIST, 'digests', d.id, 'index.html'), 'utf8');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+\.css)"/g)]
      .map((m) => readFileSync(join(DIST, m[1]!), 'utf8'))
      .join('');
    return { id: d.id, html: gzipSync(html, { level: 9 }).length, css: gzipSync(css, { level: 9 }).length };
  });
  const largest = sizes.toSorted((a, b) => b.html + b.css - (a.html + a.css))[0]!;
  const total = largest.html + largest.css;
  console.log(
    `digest page /digests/${largest.id}/: HTML ${(largest.html / 1024).toFixed(1)} KB + CSS ${(largest.css / 1024).toFixed(1)} KB = ${(total / 1024).toFixed(1)} KB gzipped`,
  );
  expect(total).toBeLessThan(15 * 1024);
});
