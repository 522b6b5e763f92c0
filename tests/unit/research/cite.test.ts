/**
 * Citations of digests and claims, with hostile titles: every format is
 * parsed back with Citation.js's own readers (BibTeX, RIS) or JSON.parse,
 * and the formatted styles are checked for what a reader copies and against
 * what citeproc writes for the same items.
 */
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import fc from 'fast-check';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';
import { claimCsl, cslName, digestCsl } from '../../../src/lib/cite/csl.ts';
import { formattedTargets, unformattedTargets } from '../../../src/lib/cite/citations.ts';
import { citeFileText, formatCitation, formatItems, toBibtex, toCslJson, toRis } from '../../../src/lib/cite/format.ts';
import { CITE_FILE_FORMATS, citeDataUrl } from '../../../src/lib/cite/paths.ts';
import { loadCorpus } from '../../../src/lib/corpus-fs.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { citeprocEntry } from '../../support/citeproc.ts';
import { FIXTURE_ROOT } from '../../support/content-tree.ts';
import { highwireTags } from '../../../src/lib/cite/highwire.ts';
import type { Claim, Digest } from '../../../src/lib/schema/index.ts';
import { DigestSchema } from '../../../src/lib/schema/index.ts';

const ctx = { site: new URL('https://digest.example') };

/** Titles that break naive writers: TeX specials, quotes, commas, scripts other than Latin, markup. */
const HOSTILE = [
  'Quotes "double" and \'single\', commas, and a colon: too',
  'Braces {kept} and unbalanced } { ones',
  'Percent 50% & ampersand, $dollar, #hash, under_score, tilde ~ caret ^ back\\slash',
  'Кыргызстан и Казахстан: «безопасность»',
  '中国在中亚的安全存在：上合组织',
  'Mixed Ҡазақстан 哈萨克斯坦 Kazakhstan, 50% "done"',
  '</script><script>alert(1)</script> <i>not italics</i>',
  'A title that is long enough to be folded by a writer that wraps its lines at seventy characters, in Кириллица',
];

function digestWith(title: string, overrides: Partial<Digest['source']> = {}): { id: string; data: Digest } {
  const data = DigestSchema.parse({
    title,
    summary: 'A summary.',
    digested: '2026-11-23',
    source: {
      outlet: overrides.outlet ?? 'Outlet, "The" & Co.',
      headline: overrides.headline ?? `Original: ${title}`,
      authors: overrides.authors ?? ['Rana Mitter', 'Ли Вэй'],
      published: '2022-01-13',
      kind: 'original',
    },
  });
  return { id: 'hostile-digest', data };
}

const claim: Claim = { id: 'a-claim', by: 'someone', text: 'Beijing, it says, "offered 100% support" {verbally}.', attribution: 'reported', substance: 'contested', evidence: [], about: [], disputes: [] };

/**
 * Where our styles and citeproc part: text that citeproc reads as markup,
 * and single quotation marks typed beside double ones at the top level
 * (see "quotation marks side by side" below).
 */
const citeprocDiffers = (title: string) => /<\/?(?:i|b|sc|sup|sub|span)\b/.test(title) || (/["“]/.test(title) && /(?:^|\s)['‘]/.test(title));

// citeproc builds an engine per style on first use, which takes seconds on a busy machine.
describe.each(HOSTILE)('title %j', { timeout: 30_000 }, (title) => {
  const digest = digestWith(title);
  const items = [digestCsl(digest, ctx), claimCsl(digest, { ...claim, text: title }, 'Wáng «Yì»', ctx)];

  test('BibTeX parses back to the same title, note, author, date and URL', () => {
    const bib = toBibtex(items);
    const back = new Cite(bib).data;
    expect(back).toHaveLength(2);
    for (const [i, item] of items.entries()) {
      expect(back[i]!.title).toBe(item.title);
      expect(back[i]!.note).toBe(item.note);
      expect(back[i]!.URL).toBe(item.URL);
      expect(back[i]!.publisher).toBe(item.publisher);
      expect(back[i]!.issued).toEqual(item.issued);
      expect((back[i]!.author as Array<Record<string, string>>)[0]!.family).toBe('Central Asia Security Digest');
      expect(back[i]!.id).toBe(item.id);
    }
  });

  test('RIS parses back to the same fields, one line per value', () => {
    const ris = toRis(items);
    for (const line of ris.split('\r\n')) expect(line === '' || /^[A-Z][A-Z0-9] {2}- ?/.test(line), line).toBe(true);
    const back = new Cite(ris).data;
    expect(back).toHaveLength(2);
    for (const [i, item] of items.entries()) {
      expect(back[i]!.title).toBe(item.title);
      expect(back[i]!.note).toBe(item.note);
      expect(back[i]!.URL).toBe(item.URL);
      expect(back[i]!.publisher).toBe(item.publisher);
      expect(back[i]!.issued).toEqual(item.issued);
    }
  });

  test('CSL-JSON is the items themselves', () => {
    expect(JSON.parse(toCslJson(items))).toEqual(items);
  });

  test('Chicago and APA name the site, the title, the source and the URL, with markup escaped', () => {
    for (const [i, item] of items.entries()) {
      const styles = formatCitation(item);
      expect(styles.map((s) => s.style)).toEqual(['chicago', 'apa']);
      for (const s of styles) {
        // Straight quotes become typographic ones; compare without quote marks.
        const plain = (v: string) => v.replace(/["'“”‘’«»]/g, '');
        expect(plain(s.text)).toContain(plain(item.title));
        expect(s.text).toContain(item.URL);
        expect(s.text.startsWith('Central Asia Security Digest.')).toBe(true);
        expect(s.text).toContain('2026');
        expect(plain(s.text)).toContain(plain(i === 0 ? 'Digest of Rana Mitter, Ли Вэй' : 'Claim by Wáng «Yì»'));
        // Nothing from the content becomes markup: the only tags are the style's own.
        const tags = [...s.html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
        expect(new Set(tags)).toEqual(new Set(s.style === 'apa' ? ['div', 'i'] : ['div']));
        // The same as citeproc's, in HTML and in text.
        if (citeprocDiffers(title)) continue;
        expect(s.html).toBe(citeprocEntry(item, s.style));
        expect(s.text).toBe(citeprocEntry(item, s.style, 'text'));
      }
    }
  });
});

test('the original publication is named in words and field by field, not as our date', () => {
  const digest = digestWith('Title', { authors: [] });
  const item = digestCsl(digest, ctx);
  expect(item.genre).toBe('Digest of Outlet, "The" & Co., “Original: Title”, 2022-01-13');
  expect(item['original-publisher']).toBe('Outlet, "The" & Co.');
  expect(item['original-date']).toEqual({ 'date-parts': [[2022, 1, 13]] });
  expect(item['original-author']).toBeUndefined();
  expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 23]] });
  const [chicago, apa] = formatCitation(item);
  expect(chicago!.text).toBe(
    'Central Asia Security Digest. 2026. “Title.” Digest of Outlet, “The” & Co., “Original: Title”, 2022-01-13. November 23, 2026. https://digest.example/digests/hostile-digest/.',
  );
  expect(apa!.text).toBe(
    'Central Asia Security Digest. (2026, November 23). Title [Digest of Outlet, “The” & Co., “Original: Title”, 2022-01-13]. https://digest.example/digests/hostile-digest/',
  );
});

test('a claim is cited at its permanent link, under its own BibTeX key', () => {
  const item = claimCsl(digestWith('Title'), claim, 'Someone', ctx);
  expect(item.URL).toBe('https://digest.example/digests/hostile-digest/#claim-a-claim');
  expect(toBibtex([item])).toMatch(/^@misc\{hostile-digest:a-claim,/);
});

test('a data: address carries a file byte for byte, whatever it holds', async () => {
  const text = `@misc{a,\n\ttitle = {50% & #1 «Кыргызстан» 中国, a,b;c=d?e "q" <i>x</i> 'y'}\n}\r\nER  - `;
  for (const { ext, type } of CITE_FILE_FORMATS) {
    const url = citeDataUrl(ext, text);
    expect(url.startsWith(`data:${type};charset=utf-8,`)).toBe(true);
    // Read back by a WHATWG URL parser and data: URL reader, as a browser does.
    expect(await (await fetch(url)).text()).toBe(text);
    // Nothing in it ends an attribute or starts a fragment, and no line break or tab is left for a parser to drop.
    expect(url).not.toMatch(/["'<>#\t\r\n]|\s$/);
  }
});

test('a digest’s and each claim’s files are data: addresses, saved under names that say whose they are', async () => {
  const graph = buildGraph(await loadCorpus(FIXTURE_ROOT));
  const digest = graph.digests.find((d) => d.data.claims.length > 0)!;
  const unformatted = unformattedTargets(graph, digest, ctx);
  const [own, ...claims] = formattedTargets(digest.id, unformatted, formatItems(unformatted.map((t) => t.item)));
  expect(own!.files.bib).toEqual({ href: citeDataUrl('bib', citeFileText('bib', [own!.item])), name: `${digest.id}.bib` });
  expect(claims).toHaveLength(digest.data.claims.length);
  for (const target of claims) {
    for (const { ext } of CITE_FILE_FORMATS) {
      const file = target.files[ext];
      expect(file.name).toBe(`${digest.id}_${target.claimId}.${ext}`);
      expect(file.href).toBe(citeDataUrl(ext, citeFileText(ext, [target.item])));
    }
  }
});

test('without a digested date the citation says "n.d." instead of borrowing the original’s', () => {
  const { data } = digestWith('Title');
  const item = digestCsl({ id: 'x', data: { ...data, digested: undefined } }, ctx);
  expect(item.issued).toBeUndefined();
  const [chicago, apa] = formatCitation(item);
  expect(chicago!.text).toContain('n.d.');
  expect(apa!.text).toContain('(n.d.)');
  expect(chicago!.text).not.toMatch(/\b2022\.(?! )/);
});

test('credited authors are split into given and family names; one word stays whole', () => {
  expect(cslName('Rana Mitter')).toEqual({ given: 'Rana', family: 'Mitter' });
  expect(cslName('Xinhua')).toEqual({ literal: 'Xinhua' });
});

test('Highwire tags describe the digest, with the site as author', () => {
  const { data } = digestWith('Кыргызстан "и" 中国 & more');
  const tags = Object.fromEntries(highwireTags(data, 'https://digest.example/digests/x/').map((t) => [t.name, t.content]));
  expect(tags).toMatchObject({
    citation_title: 'Кыргызстан "и" 中国 & more',
    citation_author: 'Central Asia Security Digest',
    citation_publication_date: '2026/11/23',
    citation_publisher: 'Central Asia Security Digest',
    citation_public_url: 'https://digest.example/digests/x/',
  });
});

describe('reference styles', () => {
  const item = (title: string, genre = 'Digest of X') => ({ ...digestCsl(digestWith('T'), ctx), title, genre });
  const entry = (title: string, style: 'chicago' | 'apa', genre?: string) => formatCitation(item(title, genre)).find((c) => c.style === style)!.text;

  test('every digest and claim of the site is typeset as citeproc typesets it', async () => {
    const graph = buildGraph(await loadCorpus(join(import.meta.dirname, '../../../content')));
    const items = graph.digests.flatMap((digest) => unformattedTargets(graph, digest, ctx).map((t) => t.item));
    expect(items.length).toBeGreaterThan(50);
    for (const one of items) {
      for (const citation of formatCitation(one)) expect(citation.html, one.id).toBe(citeprocEntry(one, citation.style));
    }
  });

  test.each([
    ['Plain', '“Plain.” Digest', '<i>Plain</i> ['],
    ['Why?', '“Why?” Digest', '<i>Why?</i> ['],
    ['Ends:', '“Ends:” Digest', '<i>Ends:</i> ['],
    ['Ends with "quote"', '“Ends with ‘quote.’” Digest', '<i>Ends with “quote”</i> ['],
    ['Ends "quoted."', '“Ends ‘quoted.’” Digest', '<i>Ends “quoted.”</i> ['],
    ["'Tis the 90's", '“’Tis the 90’s.” Digest', '<i>’Tis the 90’s</i> ['],
    ['A "b \'c\' d" e', '“A ‘b “c” d’ e.” Digest', '<i>A “b ‘c’ d” e</i> ['],
    ['Unbalanced "open', '“Unbalanced "open.” Digest', '<i>Unbalanced "open</i> ['],
    ['Кыргызстан: «безопасность»', '“Кыргызстан: «безопасность».” Digest', '<i>Кыргызстан: «безопасность»</i> ['],
    ['50% & <b>x</b> > y', '“50% &#38; &#60;b&#62;x&#60;/b&#62; &#62; y.” Digest', '<i>50% &#38; &#60;b&#62;x&#60;/b&#62; &#62; y</i> ['],
  ])('%j: quotation marks nest, periods go inside them, as citeproc has it', (title, chicago, apa) => {
    const [c, a] = formatCitation(item(title));
    expect(c!.html).toContain(chicago);
    expect(a!.html).toContain(apa);
    if (citeprocDiffers(title)) return;
    expect(c!.html).toBe(citeprocEntry(item(title), 'chicago'));
    expect(a!.html).toBe(citeprocEntry(item(title), 'apa'));
  });

  test('the genre is capitalized, and a period after a quotation in it goes inside', () => {
    expect(entry('T', 'chicago', 'digest of “Headline”')).toContain('“T.” Digest of “Headline.” November 23, 2026.');
    expect(entry('T', 'apa', 'digest of “Headline”')).toContain('T [Digest of “Headline”]. https://');
  });

  test('quotation marks side by side are double at the top level, whatever was typed (citeproc keeps typed single marks there)', () => {
    expect(entry('“curly” and ‘single’', 'apa')).toContain('“curly” and “single” [');
    expect(entry('“curly” and ‘single’', 'chicago')).toContain('“‘curly’ and ‘single.’”');
  });

  test('an undated item is "n.d." in both styles, with the URL alone at the end of APA’s (citeproc writes “Retrieved” with no date)', () => {
    const { issued: _, ...undated } = item('T');
    const [c, a] = formatCitation(undated);
    expect(c!.text).toBe('Central Asia Security Digest. n.d. “T.” Digest of X. https://digest.example/digests/hostile-digest/.');
    expect(a!.text).toBe('Central Asia Security Digest. (n.d.). T [Digest of X]. https://digest.example/digests/hostile-digest/');
  });

  test('whatever the title, the entry holds it (quotation marks aside) and no markup of its own', () => {
    const marks = /["'“”‘’]/g;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Я', ' ', '"', "'", '“', '”', '‘', '’', '.', '?', ':', '(', ')', '<', '&', '—') }), (title) => {
        for (const { style, html, text } of formatCitation(item(title))) {
          expect(text.replace(marks, '')).toContain(title.replace(marks, '').trim());
          expect(html.replace(/<\/?(?:div|i)\b[^>]*>/g, '')).not.toMatch(/[<>]/);
          expect(style === 'apa' || /[.?!:;][’”]*” Digest of X\. November 23, 2026\. /.test(text), text).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
