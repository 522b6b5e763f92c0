import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { SITEMAP_INDEX, sitemapFiles } from '../../../src/lib/seo/sitemap.ts';

const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });
const locsOf = (text: string): string[] => xml.parse(text).urlset.url.map((u: { loc: string }) => u.loc);

describe('sitemapFiles', () => {
  const site = new URL('https://digest.example/research/');

  test('lists every page once, as absolute URLs under the base path, in natural order', () => {
    const [index, only, ...rest] = sitemapFiles(site, ['digests/2/', '', 'digests/10/', 'digests/', 'digests/2/', 'about/']);
    expect(rest).toEqual([]);
    expect(index!.name).toBe(SITEMAP_INDEX);
    expect(xml.parse(index!.xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual(['https://digest.example/research/sitemap-0.xml']);
    expect(only!.name).toBe('sitemap-0.xml');
    expect(locsOf(only!.xml)).toEqual([
      'https://digest.example/research/',
      'https://digest.example/research/about/',
      'https://digest.example/research/digests/',
      'https://digest.example/research/digests/2/',
      'https://digest.example/research/digests/10/',
    ]);
  });

  test('leaves out the status pages', () => {
    const [, only] = sitemapFiles(site, ['404', '500/', 'about/']);
    expect(locsOf(only!.xml)).toEqual(['https://digest.example/research/about/']);
  });

  test('splits a long list into files the index lists', () => {
    const pages = Array.from({ length: 5 }, (_, i) => `p/${i + 1}/`);
    const [index, ...files] = sitemapFiles(site, pages, 2);
    expect(files.map((f) => f.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(xml.parse(index!.xml).sitemapindex.sitemap).toHaveLength(3);
    expect(files.flatMap((f) => locsOf(f.xml))).toEqual(pages.map((p) => `https://digest.example/research/${p}`));
  });

  test('escapes what XML would read as markup', () => {
    const [, only] = sitemapFiles(site, ["q/a&b'c/"]);
    expect(only!.xml).toContain('<loc>https://digest.example/research/q/a&amp;b&apos;c/</loc>');
    expect(locsOf(only!.xml)).toEqual(["https://digest.example/research/q/a&b'c/"]);
  });
});
