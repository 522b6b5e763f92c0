/**
 * Property-based tests (fast-check) of the id and slug functions and of the
 * parser's promise: whatever a file holds, parseCorpus neither throws nor
 * drops it silently.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCorpus } from '../../src/lib/corpus.ts';
import { createMarkdownProcessor, renderMarkdown } from '../../src/lib/markdown/pipeline.ts';
import { ID_PATTERN } from '../../src/lib/schema/index.ts';
import { KIND_NAMES, KINDS } from '../../src/lib/kinds.ts';
import { entryUrl } from '../../src/lib/urls.ts';

const idArbitrary = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,4}$/);
const kindArbitrary = fc.constantFrom(...KIND_NAMES);

describe('ids and URLs', () => {
  test('a valid id always gives a page URL that stays in its section', () => {
    fc.assert(
      fc.property(kindArbitrary, idArbitrary, (kind, id) => {
        const url = entryUrl(kind, id);
        expect(new URL(url, 'https://site.example').pathname).toBe(url);
        expect(url).toBe(`/${KINDS[kind].collection}/${id}/`);
      }),
    );
  });

  test('nothing that could leave a folder or need escaping is a valid id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        if (ID_PATTERN.test(s)) {
          expect(s).toBe(encodeURIComponent(s));
          expect(s).toBe(s.normalize('NFKC').toLowerCase());
          expect(s).not.toMatch(/\.\.|\/|\s/);
        }
      }),
    );
  });
});

describe('heading slugs', () => {
  const processor = createMarkdownProcessor({ resolve: () => undefined });
  test('are stable, unique within a page, safe as fragments, and linked by their anchor', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 5 }), (titles) => {
        const markdown = titles.map((t) => `## ${t.replace(/[\r\n]/g, ' ')}\n`).join('\n');
        const first = renderMarkdown(processor, markdown);
        expect(renderMarkdown(processor, markdown).headings).toEqual(first.headings);
        const slugs = first.headings.map((h) => h.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const slug of slugs) {
          expect(slug).not.toMatch(/[\s"'<>#]/);
          expect(first.html).toContain(`href="#${slug}"`);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseCorpus', () => {
  const frontMatterish = fc.oneof(
    fc.string(),
    fc.string().map((s) => `---\n${s}\n---\n`),
    fc.tuple(fc.constantFrom('---', '---js', '---yaml', '--- '), fc.string(), fc.constantFrom('---', '', '----')).map(
      ([open, body, close]) => `${open}\n${body}\n${close}\n`,
    ),
    fc.string().map((s) => `---\ntitle: ${JSON.stringify(s)}\nsummary: x\n---\n${s}\n`),
    // Complete, valid front matter around a fuzzed title and body: most of these are kept.
    fc.tuple(fc.string(), fc.string({ unit: 'grapheme' })).map(
      ([title, body]) =>
        `---\ntitle: ${JSON.stringify(title)}\nsummary: x\nsource: { outlet: O, headline: H, published: "2022", kind: original }\n---\n${body}\n`,
    ),
  );

  test('never throws and never drops a file silently', () => {
    fc.assert(
      fc.property(frontMatterish, (text) => {
        const file = { path: 'content/digests/fuzzed.md', relativePath: 'digests/fuzzed.md', text };
        const { corpus, issues } = parseCorpus([file]);
        const kept = corpus.digest.some((d) => d.id === 'fuzzed');
        const reported = issues.some((i) => i.file === 'content/digests/fuzzed.md');
        expect(kept || reported).toBe(true);
        expect(kept && reported).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
