import { describe, expect, test } from 'vitest';
import { checkLinks, formatBroken, readPage, resolveTarget, urlPathOf, type BuiltSite } from '../support/link-check.ts';

const ORIGIN = 'https://example.org';

function site(pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return {
    origin: ORIGIN,
    files: new Set([...Object.keys(pages), ...otherFiles]),
    pages: new Map(Object.entries(pages).map(([file, html]) => [file, readPage(html)])),
  };
}

describe('readPage', () => {
  test('finds URLs wherever HTML keeps them, and every fragment target', () => {
    const page = readPage(`<!doctype html><html><head>
      <link rel="canonical" href="https://example.org/a/"><link rel="stylesheet" href="/s.css">
      <meta property="og:image" content="https://example.org/og/a.png"><meta name="twitter:image" content="/og/b.png">
      <script type="application/ld+json">{"@id":"https://example.org/#website","url":"https://example.org/x/","t":"https://example.org/search/?q={q}"}</script>
      <script src="/app.js"></script></head><body>
      <a href="/b/#c" id="top">b</a><a name="old"></a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x">
      <picture><source srcset="/p.webp"></picture><form action="/search/"></form>
      <svg><use href="#icon"/></svg><template><a href="/in-template/">t</a></template></body></html>`);
    expect(page.links.map((l) => `${l.via} ${l.url}`)).toEqual([
      'link[href] https://example.org/a/',
      'link[href] /s.css',
      'meta[og:image] https://example.org/og/a.png',
      'meta[twitter:image] /og/b.png',
      'json-ld https://example.org/',
      'json-ld https://example.org/x/',
      'script[src] /app.js',
      'a[href] /b/#c',
      'img[src] /i.png',
      'img[srcset] /i1.png',
      'img[srcset] /i2.png',
      'source[srcset] /p.webp',
      'form[action] /search/',
      'use[href] #icon',
      'a[href] /in-template/',
    ]);
    expect([...page.anchors].sort()).toEqual(['old', 'top']);
    expect(page.canonical).toBe('https://example.org/a/');
  });

  test('JSON-LD that does not parse is a problem', () => {
    expect(readPage('<script type="application/ld+json">{"a":</script>').problems).toEqual([expect.stringMatching(/JSON-LD does not parse/)]);
  });
});

describe('resolveTarget', () => {
  const files = { files: new Set(['index.html', 'a/index.html', 'rss.xml']) };
  test.each([
    ['/', { file: 'index.html' }],
    ['/a/', { file: 'a/index.html' }],
    ['/rss.xml', { file: 'rss.xml' }],
    ['/a', { reason: 'missing trailing slash (the site links every page with one)' }],
    ['/b/', { reason: 'no b/index.html in the build' }],
    ['/a/%E0%A4%A', { reason: 'the path is not valid percent-encoding' }],
  ])('%s', (path, expected) => {
    expect(resolveTarget(new URL(path, ORIGIN), files)).toEqual(expected);
  });
  test('maps built files back to their URL paths', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('digests/x/index.html')).toBe('/digests/x/');
    expect(urlPathOf('rss.xml')).toBe('/rss.xml');
  });
});

describe('checkLinks', () => {
  test('a sound site has no broken links; external ones are counted, not followed', () => {
    const report = checkLinks(
      site({
        'index.html': '<a href="/a/#s">a</a><a href="a/">rel</a><a href="https://elsewhere.org/x">x</a><a href="mailto:x@y.z">m</a><h2 id="top">t</h2><a href="#top">up</a>',
        'a/index.html': '<h2 id="s">S</h2><a href="../">home</a><img src="/og/a.png" alt="">',
      }, ['og/a.png']),
    );
    expect(report).toEqual({ pages: 2, internal: 5, external: 2, broken: [] });
  });

  test('reports each broken link with the page it is on and why', () => {
    const report = checkLinks(
      site({
        'index.html': [
          '<a href="/missing/">1</a>',
          '<a href="/a/#nope">2</a>',
          '<a href="#gone">3</a>',
          '<a href="/a">4</a>',
          '<img src="/og/missing.png" alt="">',
          '<a href="javascript:alert(1)">5</a>',
          '<a href="#">6</a>',
          '<meta property="og:url" content="https://example.org/old/">',
        ].join(''),
        'a/index.html': '<p id="s">S</p>',
      }),
    );
    expect(report.broken.map((b) => [b.page, b.url, b.reason])).toEqual([
      ['/', '/missing/', 'no missing/index.html in the build'],
      ['/', '/a/#nope', 'no element with id "nope" on /a/'],
      ['/', '#gone', 'no element with id "gone" on /'],
      ['/', '/a', 'missing trailing slash (the site links every page with one)'],
      ['/', '/og/missing.png', 'no og/missing.png in the build'],
      ['/', 'javascript:alert(1)', 'javascript: URLs are not allowed'],
      ['/', '#', 'empty fragment'],
      ['/', 'https://example.org/old/', 'no old/index.html in the build'],
    ]);
  });

  test('fragments are percent-decoded before they are looked up', () => {
    const report = checkLinks(site({ 'index.html': '<h2 id="über-uns">x</h2><a href="#%C3%BCber-uns">x</a>' }));
    expect(report.broken).toEqual([]);
  });
});

describe('formatBroken', () => {
  test('shows a link broken on many pages once, with where it is', () => {
    const broken = ['/', '/a/', '/b/', '/c/'].map((page) => ({ page, url: '/search/', via: 'form[action]', reason: 'no search/index.html in the build' }));
    expect(formatBroken([...broken, { page: '/a/', url: '#x', via: 'a[href]', reason: 'no element with id "x" on /a/' }], 2)).toBe(
      [
        'form[action] "/search/" → no search/index.html in the build',
        '    on /, /a/ and 2 more',
        'a[href] "#x" → no element with id "x" on /a/',
        '    on /a/',
      ].join('\n'),
    );
  });
});
