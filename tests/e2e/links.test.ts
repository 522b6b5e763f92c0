/**
 * Post-build link check over dist/: every internal URL on every page names a
 * built file and every #fragment an element on its page; the sitemap, the
 * feeds and robots.txt point only at built pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { FEED_ITEMS } from '../../src/lib/seo/feed.ts';
import { DIST, htmlFiles, listFiles, loadBuiltSite } from '../support/built-site.ts';
import { checkLinks, checkUrl, formatBroken, urlPathOf } from '../support/link-check.ts';

const site = loadBuiltSite();
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name) });
const readXml = (file: string) => xml.parse(readFileSync(join(DIST, file), 'utf8'));

/** Fails with every URL that does not land on a built file, naming where it was found. */
function expectAllResolve(urls: string[], foundIn: string) {
  const broken = urls.flatMap((url) => {
    const { internal, reason } = checkUrl(url, '/', site);
    if (!internal) return [`${url} → not on this site (${site.origin})`];
    return reason ? [`${url} → ${reason}`] : [];
  });
  expect(broken.length, `${foundIn}:\n${broken.join('\n')}`).toBe(0);
}

test('every internal link, image, script and #fragment in dist/ resolves', () => {
  const report = checkLinks(site);
  console.log(
    `link check: ${report.pages} pages, ${report.internal} internal links followed, ${report.external} external not followed, ${report.broken.length} broken`,
  );
  expect(report.pages).toBeGreaterThan(0);
  expect(report.internal).toBeGreaterThan(report.pages);
  expect(report.broken.length, `broken links:\n${formatBroken(report.broken)}`).toBe(0);
});

describe('sitemap', () => {
  const index = readXml('sitemap-index.xml');
  const sitemaps: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  const locs: string[] = sitemaps.flatMap(
    (loc) => readXml(new URL(loc).pathname.slice(1)).urlset.url.map((u: { loc: string }) => u.loc) as string[],
  );

  test('every sitemap and every URL in them is a built file', () => {
    expect(sitemaps.length).toBeGreaterThan(0);
    expectAllResolve([...sitemaps, ...locs], 'sitemap');
  });

  test('lists every built page once', () => {
    const listed = locs.map((loc) => new URL(loc).pathname);
    const pages = htmlFiles().filter((f) => f !== '404.html').map(urlPathOf);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...pages].sort());
  });

  test('robots.txt points to it', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${site.origin}/sitemap-index.xml`);
    expectAllResolve([sitemap!], 'robots.txt');
  });
});

describe('feeds', () => {
  const digests: Array<{ url: string; source: { published: string } }> = JSON.parse(
    readFileSync(join(DIST, 'data/digests.json'), 'utf8'),
  );
  const feeds = listFiles(DIST).filter((f) => f.endsWith('rss.xml'));

  test('the site feed has the newest digests (all of them, here), newest first, each linking to its page', () => {
    const { channel } = readXml('rss.xml').rss;
    const items: Array<{ link: string; pubDate: string }> = channel.item ?? [];
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(digests.slice(0, FEED_ITEMS).map((d) => d.url));
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates.every((d) => Number.isFinite(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  test('there is one feed per topic besides the site feed', () => {
    const topics = listFiles(DIST).filter((f) => /^topics\/[^/]+\/index\.html$/.test(f));
    expect(feeds.sort()).toEqual(['rss.xml', ...topics.map((t) => t.replace(/index\.html$/, 'rss.xml'))].sort());
  });

  test('every link in every feed lands on a built page', () => {
    for (const file of feeds) {
      const { channel } = readXml(file).rss;
      const items: Array<{ link: string; guid: { '#text': string } }> = channel.item ?? [];
      expect(channel['atom:link']['@_href']).toBe(`${site.origin}/${file}`);
      expectAllResolve([channel.link, channel['atom:link']['@_href'], ...items.flatMap((i) => [i.link, i.guid['#text']])], file);
    }
  });
});
