/**
 * Six tasks readers came with, performed in Chromium as they would perform
 * them: a research path on Tajikistan, a quotable line with a link for an
 * editor, a search in Russian with a filter that survives a reload, a topic
 * link shared, the journalist's task on a phone, and the same by keyboard
 * alone. Each step asserts what the reader needs at that point. The pages
 * and words come from the real content, so these run on it only.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { contentRoot, loadCorpus } from '../../src/lib/corpus-fs.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { baseURL, useBrowser } from './setup/page.ts';

const { open } = useBrowser();
const graph = buildGraph(await loadCorpus(contentRoot()));
const onRealContent = !process.env.CONTENT_DIR;

const TAJIKISTAN = '/countries/tajikistan/';
const FT = '/digests/ft-kazakhstan-crisis-beijing-reticence-2022/';
const OUTPOST_CLAIM = `${FT}#claim-tajikistan-outposts`;
const TOPIC = '/topics/non-interference/';

/** Results drawn on the search page, as links, in order. */
const results = (page: Page) => page.locator('[data-search-results] .search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

/** Waits until the search page's results answer `query` (the status line names it). */
async function resultsFor(page: Page, query: string) {
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toContain(`“${query}”`);
}

/** Whether the element's top edge is within the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const { top } = el.getBoundingClientRect();
    return top >= -1 && top < innerHeight;
  });

/** The element that has focus, described by tag, id, classes, href and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', href: el?.getAttribute('href') ?? '', text: (el?.textContent ?? '').trim(), className: el?.className ?? '' };
  });

describe.skipIf(!onRealContent)('six reader tasks', () => {
  test('research path: from the home page to what China does in Tajikistan, its digests and their claims', async () => {
    const page = await open('/');
    // Search from the header, as a researcher starts.
    await page.locator('#site-search-q').fill('Tajikistan');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/');
    await resultsFor(page, 'Tajikistan');
    expect((await results(page))[0]).toBe(TAJIKISTAN);

    await page.locator(`[data-search-results] a[href="${TAJIKISTAN}"]`).first().click();
    await page.waitForURL((url) => url.pathname === TAJIKISTAN);
    // A map of the page: its contents, leading to sections that exist.
    const toc = page.locator('nav[aria-label="On this page"]');
    const targets = await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(targets).toContain('#digests');
    for (const target of targets) expect(await page.locator(target).count(), `${target} exists`).toBe(1);
    await toc.locator('a[href="#digests"]').click();
    expect(await inView(page, '#digests')).toBe(true);
    // The outpost on the country's timeline, and the digest that reports it.
    expect(await page.locator('#timeline ~ * a[href="/events/tajikistan-outpost/"]').count()).toBe(1);
    await page.locator(`.backlinks a[href="${FT}"]`).first().click();
    await page.waitForURL((url) => url.pathname === FT);

    // Straight to the claims, which start many screens down.
    const jump = page.locator('main a[href="#claims"]').first();
    expect(await jump.textContent()).toMatch(/^Jump to the \d+ claims$/);
    await jump.click();
    expect(await inView(page, '#claims')).toBe(true);
    expect(await page.locator('#claim-tajikistan-outposts').textContent()).toMatch(/outposts.*Tajikistan/);
    await page.close();
  });

  test('quote and share: a claim found by search, with its status and source, at a link an editor can open', async () => {
    const page = await open('/search/?q=outposts&type=claim');
    await resultsFor(page, 'outposts');
    const found = await results(page);
    expect(found).toContain(OUTPOST_CLAIM);
    // The result says who claims it, how far it stands up and where it is recorded.
    const item = page.locator('.search-result', { has: page.locator(`a[href="${OUTPOST_CLAIM}"]`) });
    expect(await item.locator('.meta').textContent()).toMatch(/Financial Times · (Corroborated|Single source|Contested|Refuted|Unverified)/);
    expect(await item.locator('.search-result__context').textContent()).toContain('The Kazakhstan crisis tests the limits');

    await item.locator(`a[href="${OUTPOST_CLAIM}"]`).click();
    await page.waitForURL((url) => url.pathname === FT && url.hash === '#claim-tajikistan-outposts');
    const row = page.locator('#claim-tajikistan-outposts');
    expect(await inView(page, '#claim-tajikistan-outposts')).toBe(true);
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await row.locator('.badge').count()).toBeGreaterThan(0);
    // The source to cite: outlet and headline of the original.
    const source = await page.locator('.source-box').textContent();
    expect(source).toContain('Financial Times');

    // The editor opens the same link and lands on the same claim.
    const editor = await open(OUTPOST_CLAIM);
    expect(await editor.locator('#claim-tajikistan-outposts').evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await inView(editor, '#claim-tajikistan-outposts')).toBe(true);
    await editor.close();
    await page.close();
  });

  test('cross-script search: Russian finds what English finds, a filter shows, survives a reload, and drops with one click', async () => {
    const page = await open('/search/?q=Tajikistan');
    // Counts are compared once facet counts are drawn too.
    await page.waitForSelector('[data-search-page][data-index="complete"]', { state: 'attached', timeout: 15_000 });
    await resultsFor(page, 'Tajikistan');
    const latin = await page.locator('[data-search-status]').textContent();
    const english = (latin ?? '').match(/^(\d+) results?/)![1];

    await page.locator('[data-search-input]').fill('Таджикистан');
    await resultsFor(page, 'Таджикистан');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(new RegExp(`^${english} results? for “Таджикистан”`));

    // Narrow to digests.
    await page.locator('#facet-type-digest').check();
    await page.waitForURL((url) => url.searchParams.get('type') === 'digest');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('with 1 filter');
    const digests = await results(page);
    expect(digests.length).toBeGreaterThan(0);
    expect(digests.every((href) => href!.startsWith('/digests/'))).toBe(true);
    // Counts are explained beside the filters.
    expect(await page.locator('.search-filters__hint').textContent()).toContain('would have with it ticked');

    await page.reload();
    await resultsFor(page, 'Таджикистан');
    expect(await page.inputValue('[data-search-input]')).toBe('Таджикистан');
    expect(await page.locator('#facet-type-digest').isChecked()).toBe(true);
    expect(await results(page)).toEqual(digests);

    // A new query keeps the filter, and says so where the results are.
    await page.locator('[data-search-input]').fill('ШОС');
    await resultsFor(page, 'ШОС');
    const chip = page.locator('[data-search-active] button', { hasText: 'Type: Digests' });
    expect(await chip.isVisible()).toBe(true);
    await page.waitForTimeout(1200); // the reader pauses on these results
    await chip.click();
    await page.waitForURL((url) => !url.searchParams.has('type'));
    await expect.poll(() => page.locator('[data-search-active]').isHidden()).toBe(true);
    // The wider results may need a shard of the index the filtered ones did not.
    await expect.poll(async () => (await results(page)).some((href) => !href!.startsWith('/digests/'))).toBe(true);

    // Back steps through the searches the reader settled on, not to the page before search.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'ШОС' && url.searchParams.get('type') === 'digest');
    await resultsFor(page, 'ШОС');
    expect(await page.locator('#facet-type-digest').isChecked()).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'Таджикистан');
    expect(await page.inputValue('[data-search-input]')).toBe('Таджикистан');
    await page.close();
  });

  test('topic share: the link carries the topic’s own card, title and address', async () => {
    const page = await open(TOPIC);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    const name = graph.entities.get('non-interference')!.name;
    expect(await meta('og:title')).toContain(name);
    expect(new URL((await meta('og:url'))!).pathname).toBe(TOPIC);
    const image = new URL((await meta('og:image'))!);
    expect(image.pathname).toBe('/og/topics/non-interference.png');
    const png = await page.request.get(new URL(image.pathname, baseURL()).href);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(await page.locator(`link[rel="alternate"][type="application/rss+xml"][href*="${TOPIC}"]`).count()).toBe(1);

    // A dispute, shared the same way, shows its own card too.
    const dispute = await open('/disputes/china-troops-abroad-record/');
    expect(new URL((await dispute.locator('meta[property="og:image"]').getAttribute('content'))!).pathname).toBe(
      '/og/disputes/china-troops-abroad-record.png',
    );
    await dispute.close();
    await page.close();
  });

  test('on a 390 px phone: compact header, folded contents, claims in reach, thumb-sized anchors', async () => {
    const page = await open(FT, { width: 390 });
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(130);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);

    const toc = page.locator('nav[aria-label="On this page"] details');
    expect(await toc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await toc.locator('summary').click();
    await toc.locator('a[href="#claims"]').click();
    expect(await inView(page, '#claims')).toBe(true);

    const anchors = await page.locator('main a.anchor').evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(anchors.length).toBeGreaterThan(0);
    expect(anchors.filter(([w, h]) => w! < 24 || h! < 24)).toEqual([]);

    // Search on the phone: one box, and the claim is found.
    const search = await open('/search/?q=outposts&type=claim', { width: 390 });
    expect(await search.locator('input[type="search"]').count()).toBe(1);
    await resultsFor(search, 'outposts');
    expect(await results(search)).toContain(OUTPOST_CLAIM);
    await search.close();
    await page.close();
  });

  test('keyboard only: past the map to a digest, to its claims, and a search, without a mouse', async () => {
    const page = await open('/');
    let tabs = 0;
    const tab = async () => {
      tabs++;
      await page.keyboard.press('Tab');
      return focused(page);
    };
    expect((await tab()).text).toBe('Skip to content');
    // The way past the map comes before the map's links.
    let now = await tab();
    while (!now.className.includes('skip-past') && tabs < 20) now = await tab();
    expect(now.text).toMatch(/^Skip the map/);
    await page.keyboard.press('Enter');
    const firstDigest = graph.digests[0]!;
    now = await tab();
    while (now.href !== `/digests/${firstDigest.id}/` && tabs < 40) now = await tab();
    expect(now.href).toBe(`/digests/${firstDigest.id}/`);
    // Was 63 Tabs before the skip link.
    expect(tabs).toBeLessThan(30);

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `/digests/${firstDigest.id}/`);
    tabs = 0;
    now = await tab();
    while (now.href !== '#claims' && tabs < 20) now = await tab();
    expect(now.href).toBe('#claims');
    await page.keyboard.press('Enter');
    expect(await inView(page, '#claims')).toBe(true);
    // The next Tab continues from the claims, not from the top.
    now = await tab();
    expect(await page.evaluate(() => document.querySelector('#claims')!.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();

    // Search by keyboard: "/" to the box, type, arrow to a match, Enter.
    await page.keyboard.press('/');
    expect((await focused(page)).tag).toBe('INPUT');
    await page.keyboard.type('Токаев');
    await expect.poll(() => page.locator('#site-search-q').getAttribute('aria-expanded'), { timeout: 15_000 }).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/actors/kassym-jomart-tokayev/');
    await page.close();
  });
});
