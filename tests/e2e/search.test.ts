/**
 * Search in Chromium on the built site: names in any spelling find their
 * page first, the URL carries the whole search, facets narrow it, the
 * keyboard alone is enough, and a hostile query stays text. Expectations come
 * from the content tree the site was built from.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { contentRoot, loadCorpus } from '../../src/lib/corpus-fs.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { entryUrl } from '../../src/lib/urls.ts';
import { baseURL, useBrowser } from './setup/page.ts';

const { browser } = useBrowser();
const graph = buildGraph(await loadCorpus(contentRoot()));
const onRealContent = !process.env.CONTENT_DIR;

/** Spellings readers type, and the page each must open first (on the real content). */
const ALIASES: Array<[query: string, path: string]> = [
  ['Tokaev', '/actors/kassym-jomart-tokayev/'],
  ['Токаев', '/actors/kassym-jomart-tokayev/'],
  ['Kirghizia', '/countries/kyrgyzstan/'],
  ['ШОС', '/actors/sco/'],
  ['习近平', '/actors/xi-jinping/'],
  ['Nur-Sultan', '/countries/kazakhstan/'],
];
const hasPage = (path: string) => [...graph.entities.values()].some((e) => e.url === path);

// Queries whose exact results do not matter, taken from the content so the tests run on any corpus:
// the actor and the country that the most digests concern, by their names.
const busiest = (type: 'actor' | 'country') =>
  [...graph.entities.values()].filter((e) => e.kind === type).sort((a, b) => graph.backlinks(b.id).length - graph.backlinks(a.id).length)[0]!;
const ACTOR = busiest('actor');
const COUNTRY = busiest('country');
const WORD = COUNTRY.name.toLowerCase();

/** Records every `search:rendered` event from the start, per the contract in docs/SEARCH.md. */
async function recordRenders(page: Page) {
  await page.addInitScript(() => {
    const renders: Array<{ query: string; count: number; painted: number }> = [];
    (window as unknown as { __renders: typeof renders }).__renders = renders;
    document.addEventListener('search:rendered', (event) => {
      const { query, count } = (event as CustomEvent<{ query: string; count: number }>).detail;
      renders.push({ query, count, painted: performance.getEntriesByName('search:painted', 'mark').length });
    });
  });
}

/** Waits until results for `query` are on screen. */
async function rendered(page: Page, query: string) {
  await page.waitForFunction(
    (q) => (window as unknown as { __renders: Array<{ query: string }> }).__renders.some((r) => r.query === q),
    query,
    { timeout: 15_000 },
  );
}

async function openSearch(query: string, path = `/search/?q=${encodeURIComponent(query)}`): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
  await recordRenders(page);
  await page.goto(new URL(path, baseURL()).href);
  await rendered(page, query);
  return page;
}

const resultLinks = (page: Page) => page.locator('[data-search-results] .search-result__title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('names in any spelling or script find their page first', () => {
  test('the real content has every page the aliases lead to', () => {
    if (!onRealContent) return;
    expect(ALIASES.filter(([, path]) => !hasPage(path))).toEqual([]);
  });

  test.each(ALIASES)('%s on the search page → %s', async (query, path) => {
    if (!hasPage(path)) return;
    const page = await openSearch(query);
    // The first link in the results is the first result's title.
    expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toBe(path);
    expect(await page.inputValue('[data-search-input]')).toBe(query);
    await page.close();
  });

  test.each(ALIASES)('%s typed in the header box → %s', async (query, path) => {
    if (!hasPage(path)) return;
    const page = await browser().newPage();
    await recordRenders(page);
    await page.goto(new URL('/digests/', baseURL()).href);
    await page.locator('#site-search-q').fill(query);
    await rendered(page, query);
    expect(await page.locator('#site-search-q-list [role="option"]').first().getAttribute('href')).toBe(path);
    await page.close();
  });
});

describe('the URL is the search', () => {
  test('a facet-only URL lists exactly the digests that concern the entity, newest first', async () => {
    // A country some digests concern and others do not.
    const country = graph.corpus.country.find((c) => {
      const n = graph.digests.filter((d) => graph.entitiesOf(d.id).has(c.id)).length;
      return n > 0 && n < graph.digests.length;
    });
    expect(country, 'a country concerned by some digests but not all').toBeDefined();
    const expected = graph.digests.filter((d) => graph.entitiesOf(d.id).has(country!.id)).map((d) => entryUrl('digest', d.id));

    const page = await openSearch('', `/search/?type=digest&country=${country!.id}`);
    expect(await resultLinks(page)).toEqual(expected.slice(0, 10));
    expect(await page.locator('[data-search-status]').textContent()).toMatch(new RegExp(`^${expected.length} results?\\b`));
    expect(await page.locator(`#facet-type-digest`).isChecked()).toBe(true);
    expect(await page.locator(`#facet-country-${country!.id}`).isChecked()).toBe(true);
    await page.close();
  });

  test('typing and ticking rewrite the URL; opening that URL restores query, facets and results', async () => {
    const page = await openSearch('');
    await page.locator('[data-search-input]').fill(WORD);
    await rendered(page, WORD);
    await page.locator(`[data-search-facets][data-query="${WORD}"]`).waitFor();
    const facet = page.locator('[data-search-facets] input[data-facet="country"]').first();
    const value = await facet.getAttribute('value');
    await facet.check();
    await page.waitForURL((url) => url.search === `?q=${encodeURIComponent(WORD)}&country=${value}`);
    // Results and facets for the ticked value are drawn.
    await page.locator(`[data-search-facets][data-query="${WORD}"]`).waitFor();
    await page.waitForFunction((v) => document.querySelector<HTMLInputElement>(`#facet-country-${v}`)?.checked === true, value);
    const before = await resultLinks(page);
    expect(before.length).toBeGreaterThan(0);

    const shared = await openSearch(WORD, page.url().slice(baseURL().length));
    expect(await shared.inputValue('[data-search-input]')).toBe(WORD);
    expect(await shared.locator(`#facet-country-${value}`).isChecked()).toBe(true);
    expect(await resultLinks(shared)).toEqual(before);
    await shared.close();
    await page.close();
  });

  test('"Show more" adds the next results and moves focus to the first of them', async () => {
    const page = await openSearch('', '/search/');
    const first = await resultLinks(page);
    expect(first).toHaveLength(10);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
    const more = await resultLinks(page);
    expect(more.slice(0, 10)).toEqual(first);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(more[10]);
    await page.close();
  });

  test('results carry a type, a highlighted snippet and the entities they concern', async () => {
    const page = await openSearch(ACTOR.name);
    const first = page.locator('[data-search-results] > li').first();
    expect(await first.locator('.search-type').textContent()).toBe('Actor');
    expect(await first.locator('a').first().getAttribute('href')).toBe(ACTOR.url);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    const digest = page.locator('[data-search-results] > li', { has: page.locator('.search-type', { hasText: 'Digest' }) }).first();
    if (await digest.count()) {
      expect(await digest.locator('.search-result__snippet').textContent()).toBeTruthy();
      expect(await digest.locator('.chips a').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('[data-search-status]').textContent()).toContain(` for “${ACTOR.name}”`);
    await page.close();
  });
});

describe('keyboard only', () => {
  test('`/` focuses the header box, arrows choose a match, Enter opens it', async () => {
    const page = await browser().newPage();
    await recordRenders(page);
    await page.goto(new URL('/digests/', baseURL()).href);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    const [query, expected] = onRealContent ? ALIASES[0]! : [ACTOR.name, ACTOR.url];
    await page.keyboard.type(query);
    await rendered(page, query);
    const input = page.locator('#site-search-q');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    const option = page.locator(`[id="${active}"]`);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    const href = await option.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    expect(href).toBe(expected);
    await page.close();
  });

  test('Ctrl+K focuses the box from anywhere; Escape closes the list', async () => {
    const page = await browser().newPage();
    await recordRenders(page);
    await page.goto(new URL('/', baseURL()).href);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type(WORD);
    await rendered(page, WORD);
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-q').getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  test('on the search page, Down moves from the box into the results and Enter follows one', async () => {
    const page = await openSearch('');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
    await page.keyboard.type(WORD);
    await rendered(page, WORD);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === links[0]);
    await page.close();
  });

  test('the result count is announced in a live region', async () => {
    const page = await openSearch(WORD);
    expect(await page.locator('[data-search-announce]').getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => page.locator('[data-search-announce]').textContent()).toMatch(new RegExp(`^\\d+ results? for “${WORD}”`));
    await page.close();
    // The header box, on any other page.
    const reading = await browser().newPage();
    await reading.goto(new URL('/digests/', baseURL()).href);
    await reading.locator('#site-search-q').fill(WORD);
    expect(await reading.locator('#site-search-q-status').getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => reading.locator('#site-search-q-status').textContent()).toMatch(/^\d+ results?$/);
    await reading.close();
  });
});

describe('safety and cost', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';

  test('a hostile query shows as text and runs nothing', async () => {
    const page = await browser().newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await recordRenders(page);
    await page.goto(new URL(`/search/?q=${encodeURIComponent(HOSTILE)}`, baseURL()).href);
    await rendered(page, HOSTILE);
    await page.locator('[data-search-input]').fill(`${HOSTILE} `);
    await rendered(page, `${HOSTILE} `);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('main img, header img').count()).toBe(0);
    expect(await page.inputValue('[data-search-input]')).toBe(`${HOSTILE} `);
    expect(await page.locator('[data-search-status]').textContent()).toContain(HOSTILE);
    await page.close();
  });

  test('a reading page fetches nothing for search until the box is used; then the index loads once', async () => {
    const page = await browser().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await recordRenders(page);
    await page.goto(new URL('/digests/', baseURL()).href, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const forSearch = () => requests.filter((p) => p === '/search/index.json' || /^\/_astro\/(ui|worker)-[\w-]+\.js$/.test(p));
    expect(forSearch()).toEqual([]);

    await page.locator('#site-search-q').fill(WORD.slice(0, 3));
    await rendered(page, WORD.slice(0, 3));
    await page.locator('#site-search-q').fill(WORD);
    await rendered(page, WORD);
    expect(forSearch().filter((p) => p === '/search/index.json')).toHaveLength(1);
    expect(forSearch()).toHaveLength(3);
    await page.close();
  });

  test('the search page has one search box and loads the index once', async () => {
    const page = await browser().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await recordRenders(page);
    await page.goto(new URL(`/search/?q=${encodeURIComponent(ACTOR.name)}`, baseURL()).href, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await rendered(page, ACTOR.name);
    await page.locator('[data-search-input]').fill(WORD);
    await rendered(page, WORD);
    expect(requests.filter((p) => p === '/search/index.json')).toHaveLength(1);
    // The contract for measurement: a mark before each rendered event.
    const renders = await page.evaluate(() => (window as unknown as { __renders: Array<{ painted: number }> }).__renders);
    expect(renders.every((r, i) => r.painted === i + 1)).toBe(true);
    await page.close();
  });

  test('without JavaScript the search page points to the index pages and the header box still submits', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/digests/', baseURL()).href);
    await page.locator('#site-search-q').fill(WORD);
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === WORD);
    expect(await page.locator('main').textContent()).toContain('needs JavaScript');
    expect(await page.locator('main a[href="/digests/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});
