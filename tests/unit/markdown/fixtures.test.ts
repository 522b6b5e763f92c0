/**
 * Fixture-driven tests of the Markdown pipeline: each folder under
 * tests/fixtures/markdown holds input.md and the exact output.html expected.
 * Set UPDATE_FIXTURES=1 to write the outputs after a deliberate change (then
 * read the diff before committing it). A missing output.html is a failure,
 * and under CI nothing is ever written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor, renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';

const ROOT = join(import.meta.dirname, '../../fixtures/markdown');

/** A tiny registry, enough to resolve the ids the fixtures use. */
const REGISTRY: Record<string, { url: string; name: string; type: string }> = {
  kazakhstan: { url: '/countries/kazakhstan/', name: 'Kazakhstan', type: 'country' },
  'xi-jinping': { url: '/actors/xi-jinping/', name: 'Xi Jinping', type: 'actor' },
  xinjiang: { url: '/topics/xinjiang/', name: 'Xinjiang', type: 'topic' },
};
const processor = createMarkdownProcessor({ resolve: (id) => REGISTRY[id] });

describe('markdown fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    test(name, () => {
      const input = readFileSync(join(ROOT, name, 'input.md'), 'utf8');
      const { html } = renderMarkdown(processor, input);
      const expectedPath = join(ROOT, name, 'output.html');
      if (process.env.UPDATE_FIXTURES && !process.env.CI) writeFileSync(expectedPath, `${html}\n`);
      expect(existsSync(expectedPath), `${name}/output.html is missing; run with UPDATE_FIXTURES=1 and read it`).toBe(true);
      expect(`${html}\n`).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});

describe('what the pipeline reports', () => {
  test('every [[id]] is recorded with its line and whether it resolved', () => {
    const { entityLinks } = renderMarkdown(processor, 'One [[kazakhstan]].\n\nTwo [[nowhere]].\n', 10);
    expect(entityLinks).toEqual([
      { id: 'kazakhstan', line: 10, resolved: true },
      { id: 'nowhere', line: 12, resolved: false },
    ]);
  });

  test('an entity link inside a link is refused, not nested', () => {
    const { html, refusedMarkup } = renderMarkdown(processor, readFileSync(join(ROOT, 'link-inside-link', 'input.md'), 'utf8'));
    expect(refusedMarkup).toEqual([{ line: 1, message: 'an entity link ([[…]]) cannot stand inside a link: links cannot nest' }]);
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  test('labels keep their emphasis; brackets in code stay code', () => {
    const { html, refusedMarkup, entityLinks } = renderMarkdown(processor, readFileSync(join(ROOT, 'label-with-emphasis', 'input.md'), 'utf8'));
    expect(refusedMarkup).toEqual([]);
    expect(entityLinks.map((l) => l.id)).toEqual(['xi-jinping', 'kazakhstan']);
    expect(html).toContain('<a href="/actors/xi-jinping/" class="entity" data-type="actor" data-entity="xi-jinping"><em>Xi</em></a>');
    expect(html).toContain('the <strong>Kazakh</strong> state</a>');
    expect(html).toContain('<code>[[kazakhstan]]</code>');
  });

  test('an unclosed [[ or an empty id is reported with its line and left as text', () => {
    const { refusedMarkup, entityLinks } = renderMarkdown(processor, readFileSync(join(ROOT, 'unclosed-link', 'input.md'), 'utf8'), 5);
    expect(refusedMarkup).toEqual([
      { line: 5, message: 'unclosed entity link: "[[" needs an id and a closing "]]" on the same line' },
      { line: 5, message: 'unclosed entity link: "[[" without a closing "]]"' },
      { line: 7, message: 'an entity link needs an id: write [[id]] or [[id|label]]' },
    ]);
    expect(entityLinks).toEqual([]);
  });

  test('mentions carry the sentence that links the entity', () => {
    const input = readFileSync(join(ROOT, 'mentions', 'input.md'), 'utf8');
    expect(renderMarkdown(processor, input).mentions).toEqual([
      { id: 'kazakhstan', sentence: 'First sentence names Kazakhstan.' },
      { id: 'xi-jinping', sentence: 'Third names Xi Jinping and Kazakhstan again.' },
      { id: 'kazakhstan', sentence: 'Third names Xi Jinping and Kazakhstan again.' },
      { id: 'xi-jinping', sentence: 'A list item about Xi.' },
    ]);
  });

  test('raw HTML, unsafe URLs and h1 headings are reported with their lines', () => {
    const input = readFileSync(join(ROOT, 'raw-html', 'input.md'), 'utf8');
    const lines = renderMarkdown(processor, input).refusedMarkup.map((u) => u.line);
    expect(lines).toEqual([3, 5, 7, 9]);
    const urls = renderMarkdown(processor, readFileSync(join(ROOT, 'unsafe-urls', 'input.md'), 'utf8')).refusedMarkup;
    expect(urls.map((u) => u.message)).toEqual([
      'link URL "javascript:alert(1)" is not allowed; use http(s), mailto or a site path',
      'link URL "data:text/html;base64,PHNjcmlwdD4=" is not allowed; use http(s), mailto or a site path',
      'image URL "javascript:alert(1)" is not allowed; use http(s), mailto or a site path',
    ]);
    expect(renderMarkdown(processor, 'Intro.\n\n# Second title\n').refusedMarkup).toEqual([
      { line: 3, message: 'level-1 heading ("# …") is not allowed: the page title is the h1; start sections with "##"' },
    ]);
  });

  test('headings are listed for the table of contents, with unique slugs', () => {
    const { headings } = renderMarkdown(processor, readFileSync(join(ROOT, 'headings', 'input.md'), 'utf8'));
    expect(headings).toEqual([
      { depth: 2, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'in-brief', text: 'In brief' },
      { depth: 3, slug: 'who-said-what', text: 'Who said what?' },
      { depth: 2, slug: 'in-brief-1', text: 'In brief' },
    ]);
  });
});
