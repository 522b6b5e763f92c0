/**
 * Hostile content through the whole site build (astro build, the content
 * loader, pages, JSON-LD), written to a temporary folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { contentTree, edit } from '../support/content-tree.ts';
import { astroBuild, tempDir, writeContent } from '../support/site-build.ts';

/** Writes the fixture corpus with `changes` and builds the site from it. */
function buildSite(changes: Record<string, string | null>) {
  const root = tempDir('hostile-build');
  return astroBuild({ content: writeContent(join(root, 'content'), contentTree(changes)), dist: join(root, 'dist') });
}

type Node = { nodeName: string; tagName?: string; value?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };
function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}
const text = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(text).join(''));
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

const HOSTILE_TITLE = '</script><script>alert(1)</script><!-- Pact «troops» \u2028 and “more”';
const HOSTILE_SUMMARY = 'A summary with <!-- a comment opener, a </SCRIPT > closer and <img src=x onerror=alert(1)>.';

describe('a build with hostile titles and summaries', { timeout: 120_000 }, () => {
  let build: ReturnType<typeof buildSite>;
  beforeAll(() => {
    build = buildSite({
      ...edit('digests/herald-pact-ready.md', 'title: The Pact says it was ready to help', `title: ${JSON.stringify(HOSTILE_TITLE)}`),
      'digests/herald-border-crisis.md': contentTree()
        .find((f) => f.relativePath === 'digests/herald-border-crisis.md')!
        .text.replace(/^summary: .*$/m, `summary: ${JSON.stringify(HOSTILE_SUMMARY)}`),
    });
  }, 120_000);

  test('succeeds', () => {
    expect(build.status, build.stderr).toBe(0);
  });

  test('JSON-LD and every inline script stay intact and parse back to the same text', () => {
    const page = parse(readFileSync(join(build.dist, 'digests/herald-pact-ready/index.html'), 'utf8')) as unknown as Node;
    const scripts = [...walk(page)].filter((n) => n.tagName === 'script');
    const jsonLd = scripts.filter((s) => attr(s, 'type') === 'application/ld+json');
    expect(jsonLd.length).toBeGreaterThan(0);
    for (const script of jsonLd) JSON.parse(text(script)); // throws if the content broke out
    expect(jsonLd.map(text).join('')).not.toMatch(/<\/script|<!--/i);
    expect(JSON.stringify(jsonLd.map((s) => JSON.parse(text(s))))).toContain(JSON.stringify(HOSTILE_TITLE).slice(1, -1));
    // No script element came from the content: every script is Astro's own or JSON data.
    expect(scripts.filter((s) => text(s).includes('alert(1)') && attr(s, 'type') !== 'application/ld+json')).toEqual([]);
  });

  test('titles and summaries show as text, on every page that shows them', () => {
    const titleOf = (path: string) => {
      const page = parse(readFileSync(join(build.dist, path), 'utf8')) as unknown as Node;
      return [...walk(page)].find((n) => n.tagName === 'h1');
    };
    expect(text(titleOf('digests/herald-pact-ready/index.html')!).trim()).toBe(HOSTILE_TITLE);
    const html = readdirSync(build.dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(build.dist, f), 'utf8'));
    for (const page of html) {
      for (const node of walk(parse(page) as unknown as Node)) {
        expect(node.attrs?.some((a) => a.name.startsWith('on')) ?? false).toBe(false);
        if (node.tagName === 'img') expect(attr(node, 'src')).not.toBe('x');
      }
    }
  });
});

describe('a build where one digest cannot be rendered', { timeout: 120_000 }, () => {
  test('fails and names the file; it never skips the page', () => {
    const deep = `${'>'.repeat(3000)} too deep\n`;
    const original = contentTree().find((f) => f.relativePath === 'digests/herald-pact-ready.md')!.text;
    const build = buildSite({ 'digests/herald-pact-ready.md': `${original}\n${deep}` });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}\n${build.stderr}`).toContain('herald-pact-ready.md:21: body could not be rendered: Maximum call stack size exceeded');
  });

  test('fails on an unknown entity, listing every problem', () => {
    const build = buildSite({
      ...edit('digests/herald-pact-ready.md', 'countries: [freedonia]', 'countries: [fredonia]'),
      ...edit('countries/sylvania.md', '[[freedonia]]', '[[freedonia-x]]'),
    });
    expect(build.status).not.toBe(0);
    const output = `${build.stdout}\n${build.stderr}`;
    expect(output).toContain('2 content problems');
    expect(output).toContain('herald-pact-ready.md:10 countries[0]: unknown country "fredonia" (did you mean "freedonia"?)');
    expect(output).toContain('sylvania.md:6 body: unknown id "freedonia-x" in [[freedonia-x]] (did you mean "freedonia"?)');
  });
});
