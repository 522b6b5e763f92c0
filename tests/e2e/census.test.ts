/**
 * Post-build census: every content file became a page with a non-empty
 * article. A digest that fails to render is a build error (see the hostile
 * suite); this is the last line that catches one silently missing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { KIND_NAMES, KINDS } from '../../src/lib/kinds.ts';
import { DIST, htmlFiles } from '../support/built-site.ts';

const CONTENT = join(process.cwd(), process.env.CONTENT_DIR || 'content');

/** Text inside the page's <article>, or undefined when it has none. */
function articleText(html: string): string | undefined {
  type Node = { nodeName: string; value?: string; childNodes?: Node[] };
  const find = (node: Node): Node | undefined =>
    node.nodeName === 'article' ? node : node.childNodes?.map(find).find(Boolean);
  const text = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(text).join(''));
  const article = find(parse(html) as unknown as Node);
  return article && text(article).trim();
}

describe.each(KIND_NAMES)('%s', (kind) => {
  const segment = KINDS[kind].collection;
  const ids = readdirSync(join(CONTENT, segment))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));

  test('has as many pages as content files', () => {
    const pages = readdirSync(join(DIST, segment), { withFileTypes: true })
      // Numbered folders are later pages of the list (/digests/2/); file names need a letter, so no entry has one.
      .filter((e) => e.isDirectory() && !/^\d+$/.test(e.name) && existsSync(join(DIST, segment, e.name, 'index.html')))
      .map((e) => e.name);
    expect(ids.length).toBeGreaterThan(0);
    expect(pages.sort()).toEqual(expect.arrayContaining(ids.sort()));
    expect(pages.filter((p) => !ids.includes(p))).toEqual([]);
  });

  test('every page has a non-empty article', () => {
    const empty = ids.filter((id) => {
      const file = join(DIST, segment, id, 'index.html');
      return !existsSync(file) || !articleText(readFileSync(file, 'utf8'));
    });
    expect(empty).toEqual([]);
  });
});

test('no built page shows an unconverted entity link ("[[") outside code', () => {
  const stray = htmlFiles(DIST).filter((file) => {
    const html = readFileSync(join(DIST, file), 'utf8').replace(/<code[^>]*>[\s\S]*?<\/code>/g, '');
    return html.includes('[[');
  });
  expect(stray).toEqual([]);
});

test('no HTML page is over 200 KB (long lists continue on further pages)', () => {
  const big = htmlFiles()
    .map((file) => [file, statSync(join(DIST, file)).size] as const)
    .filter(([, size]) => size > 200 * 1024);
  expect(big).toEqual([]);
});
