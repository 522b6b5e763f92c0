/**
 * Sharing metadata on every built page: canonical URL, Open Graph and
 * Twitter tags, a preview image that exists and is 1200×630, feeds, and one
 * JSON-LD block that parses and says what the page is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { previewImageMode } from '../../src/lib/seo/preview.ts';
import { DIST, htmlFiles, listFiles, siteOrigin } from '../support/built-site.ts';
import { readHead, type HeadMeta } from '../support/head-meta.ts';
import { urlPathOf } from '../support/link-check.ts';

const origin = siteOrigin();
const mode = previewImageMode(process.env);
const heads = new Map(htmlFiles().map((file) => [urlPathOf(file), readHead(readFileSync(join(DIST, file), 'utf8'))]));
const digests: Array<{ id: string; url: string; source: { published: string } }> = JSON.parse(readFileSync(join(DIST, 'data/digests.json'), 'utf8'));
const entities: Array<{ id: string; type: string; url: string }> = JSON.parse(readFileSync(join(DIST, 'data/entities.json'), 'utf8'));
const pages = [...heads].filter(([path]) => path !== '/404.html');

/** Checks that collect every problem instead of stopping at the first, so one run shows them all. */
class Problems {
  readonly list: string[] = [];
  readonly page: string;
  constructor(page: string) {
    this.page = page;
  }
  check(ok: boolean, what: string) {
    if (!ok) this.list.push(`${this.page}: ${what}`);
  }
  /** The one value of a meta tag, or a problem if there is not exactly one. */
  one(head: HeadMeta, key: string): string {
    const values = head.meta.get(key) ?? [];
    this.check(values.length === 1, `expected one ${key}, found ${values.length}`);
    return values[0] ?? '';
  }
}

function pngSize(file: string): [number, number] | undefined {
  try {
    const png = readFileSync(join(DIST, file));
    return png.subarray(1, 4).toString('latin1') === 'PNG' ? [png.readUInt32BE(16), png.readUInt32BE(20)] : undefined;
  } catch {
    return undefined;
  }
}

function jsonLdOf(head: HeadMeta, problems: Problems): Record<string, unknown> {
  problems.check(head.jsonLd.length === 1, `expected one JSON-LD block, found ${head.jsonLd.length}`);
  try {
    return JSON.parse(head.jsonLd[0] ?? '{}');
  } catch (error) {
    problems.check(false, `JSON-LD does not parse: ${(error as Error).message}`);
    return {};
  }
}

const report = (lists: string[][]) => {
  const all = lists.flat();
  return [all.length, all.join('\n')] as const;
};

test('every page has canonical, Open Graph, Twitter, feed and JSON-LD metadata', () => {
  const [count, message] = report(
    pages.map(([path, head]) => {
      const p = new Problems(path);
      const url = `${origin}${path}`;
      const canonicals = head.links.filter((l) => l.rel === 'canonical').map((l) => l.href);
      p.check(canonicals.length === 1 && canonicals[0] === url, `canonical should be ${url}, is ${canonicals.join(', ')}`);
      p.check(p.one(head, 'og:url') === url, 'og:url differs from the canonical URL');
      for (const key of ['description', 'og:site_name', 'og:title', 'og:description', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']) {
        p.check(p.one(head, key).trim() !== '', `${key} is empty`);
      }
      p.check(/^(website|article)$/.test(p.one(head, 'og:type')), 'og:type is neither website nor article');
      p.check(p.one(head, 'twitter:card') === 'summary_large_image', 'twitter:card is not summary_large_image');
      p.check(p.one(head, 'og:image:width') === '1200' && p.one(head, 'og:image:height') === '630', 'og:image size is not 1200×630');
      const image = p.one(head, 'og:image');
      p.check(p.one(head, 'twitter:image') === image, 'twitter:image differs from og:image');
      p.check(image.startsWith(`${origin}/og/`), `og:image ${image} is not a preview card of this site`);
      const size = pngSize(new URL(image, origin).pathname.slice(1));
      p.check(size?.[0] === 1200 && size[1] === 630, `og:image ${image} is not a built 1200×630 PNG`);
      p.check(head.links.some((l) => l.rel === 'alternate' && l.type === 'application/rss+xml' && l.href === '/rss.xml'), 'no link to the site feed');
      p.check(jsonLdOf(head, p)['@context'] === 'https://schema.org', 'JSON-LD has no schema.org context');
      return p.list;
    }),
  );
  console.log(`sharing metadata: ${pages.length} pages checked`);
  expect(count, message).toBe(0);
});

describe('what each page is', () => {
  test('the home page describes the website and its search', () => {
    const data = JSON.parse(heads.get('/')!.jsonLd[0]!);
    expect(data).toMatchObject({ '@type': 'WebSite', potentialAction: { target: { urlTemplate: `${origin}/search/?q={search_term_string}` } } });
  });

  test('every digest is an article with its own card and publication date', () => {
    expect(digests.length).toBeGreaterThan(0);
    const [count, message] = report(
      digests.map(({ id, url, source }) => {
        const p = new Problems(url);
        const head = heads.get(url);
        if (!head) return [`${url}: not built`];
        p.check(p.one(head, 'og:type') === 'article', 'og:type is not article');
        p.check(p.one(head, 'article:published_time') === source.published, `article:published_time is not ${source.published}`);
        const card = mode === 'all' ? `/og/digests/${id}.png` : '/og/site.png';
        p.check(p.one(head, 'og:image') === `${origin}${card}`, `og:image is not ${card}`);
        const data = jsonLdOf(head, p) as { '@type'?: string; '@id'?: string; isBasedOn?: { datePublished?: string } };
        p.check(data['@type'] === 'Article' && data['@id'] === `${origin}${url}`, 'JSON-LD is not an Article with the page as @id');
        p.check(data.isBasedOn?.datePublished === source.published, 'JSON-LD isBasedOn lacks the original date');
        return p.list;
      }),
    );
    expect(count, message).toBe(0);
  });

  const SCHEMA_TYPES: Record<string, RegExp> = {
    country: /^Country$/,
    actor: /^(Person|Organization|GovernmentOrganization)$/,
    topic: /^DefinedTerm$/,
    event: /^Event$/,
    place: /^Place$/,
  };
  test('every entity has its own card and schema.org type; topics their feed', () => {
    expect(entities.length).toBeGreaterThan(0);
    const [count, message] = report(
      entities.map(({ id, type, url }) => {
        const p = new Problems(url);
        const head = heads.get(url);
        if (!head) return [`${url}: not built`];
        const card = mode === 'all' ? `/og/${url.split('/')[1]}/${id}.png` : '/og/site.png';
        p.check(p.one(head, 'og:image') === `${origin}${card}`, `og:image is not ${card}`);
        const schemaType = String(jsonLdOf(head, p)['@type']);
        p.check(SCHEMA_TYPES[type]!.test(schemaType), `JSON-LD type ${schemaType} does not fit a ${type}`);
        if (type === 'topic') p.check(head.links.some((l) => l.rel === 'alternate' && l.href === `${url}rss.xml`), 'no link to the topic feed');
        return p.list;
      }),
    );
    expect(count, message).toBe(0);
  });

  test('the error page asks not to be indexed and claims no address', () => {
    const head = heads.get('/404.html');
    expect(head, '404.html is built').toBeDefined();
    expect(head!.meta.get('robots')).toEqual(['noindex']);
    expect(head!.links.filter((l) => l.rel === 'canonical')).toEqual([]);
    expect(head!.jsonLd).toEqual([]);
  });
});

test('preview images: one per digest, entity and dispute, or only the site card', () => {
  const images = listFiles(DIST).filter((f) => f.startsWith('og/'));
  const disputes = htmlFiles(DIST).filter((f) => /^disputes\/[^/]+\/index\.html$/.test(f));
  expect(disputes.length).toBeGreaterThan(0);
  const expected = mode === 'all' ? digests.length + entities.length + disputes.length + 1 : 1;
  const bytes = images.reduce((sum, f) => sum + readFileSync(join(DIST, f)).length, 0);
  console.log(`preview images (${mode}): ${images.length} PNGs, ${(bytes / 1024).toFixed(0)} KiB`);
  expect(images).toHaveLength(expected);
  const wrong = images.filter((file) => pngSize(file)?.join('×') !== '1200×630');
  expect(wrong, 'not 1200×630 PNGs').toEqual([]);
});
