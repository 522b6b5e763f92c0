import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readFontMetrics } from '../../../src/lib/seo/font-metrics.ts';
import { CARD_HEIGHT, CARD_WIDTH, escapeXml, type PreviewCard } from '../../../src/lib/seo/preview-card.ts';
import { cardFontFiles, isWholePng, loadSvg, previewPng, previewSvg, renderPng } from '../../../src/lib/seo/preview-image-fs.ts';

const card = (over: Partial<PreviewCard> = {}): PreviewCard => ({
  siteName: 'Central Asia Security Digest',
  label: 'Digest · Associated Press · 14 May 2021',
  title: 'China builds a post in Tajikistan',
  summary: 'Officials confirm a Chinese post near the Wakhan corridor.',
  host: 'example.org',
  ...over,
});

const LONG = 'Counter-terrorism cooperation between Beijing and Dushanbe after the fall of Kabul, '.repeat(8);
const PAD = 80;

/** The box the card's text occupies as the renderer draws it (kerning, real glyph outlines). */
function textBounds(svg: string) {
  // Only the text should count: drop the background, the accent bar and the rule.
  const bbox = loadSvg(svg.replace(/<rect[^>]*\/>/g, '')).innerBBox();
  if (!bbox) throw new Error('nothing drawn');
  return bbox;
}

describe('font metrics', () => {
  const [regular] = cardFontFiles();
  const metrics = readFontMetrics(readFileSync(regular!));
  test('reads Latin and Cyrillic advances and knows CJK is missing', () => {
    expect(metrics.unitsPerEm).toBeGreaterThan(0);
    for (const char of 'AzЖжҚқ’…') expect(metrics.advance(char.codePointAt(0)!)).toBeGreaterThan(0);
    expect(metrics.advance('习'.codePointAt(0)!)).toBeUndefined();
    expect(metrics.advance('W'.codePointAt(0)!)!).toBeGreaterThan(metrics.advance('i'.codePointAt(0)!)!);
  });
  test('refuses what is not a TrueType or OpenType font', () => {
    expect(() => readFontMetrics(new TextEncoder().encode('wOF2 not a font at all'))).toThrow(/not a TrueType/);
  });
});

describe('preview card', () => {
  test('renders a 1200×630 PNG', () => {
    const png = renderPng(previewSvg(card()));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const ihdr = new DataView(png.buffer, png.byteOffset + 16, 8);
    expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  });

  test.each([
    ['a short card', card()],
    ['a very long title and summary', card({ title: LONG, summary: LONG })],
    ['one unbroken word', card({ title: 'Supercalifragilistic'.repeat(12), summary: 'x'.repeat(400) })],
    ['Cyrillic and Chinese', card({ title: 'Касым-Жомарт Токаев (托卡耶夫) '.repeat(4), summary: 'Шанхайская организация сотрудничества '.repeat(6) })],
    ['wide capitals', card({ title: 'WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM '.repeat(2), label: 'W'.repeat(80) })],
  ])('the text of %s stays inside the margins', (_, c) => {
    const box = textBounds(previewSvg(c));
    expect(box.x).toBeGreaterThanOrEqual(PAD - 4);
    expect(box.x + box.width).toBeLessThanOrEqual(CARD_WIDTH - PAD + 4);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(CARD_HEIGHT);
  });

  test('a title only in a script the font lacks falls back to the label', () => {
    const svg = previewSvg(card({ title: '习近平', label: 'Actor · Person' }));
    expect(svg.match(/<text[^>]*font-size="(\d+)"[^>]*>Actor · Person<\/text>/g)).toHaveLength(2);
  });

  test('markup in content is text, not SVG', () => {
    const svg = previewSvg(card({ title: '<script>alert(1)</script> & "x"', summary: ']]><!-- <image href="x"/>' }));
    expect(svg).not.toMatch(/<script|<image|<!--/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(() => renderPng(svg)).not.toThrow();
  });

  test('escapeXml drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0008c<')).toBe('abc&lt;');
  });
});

describe('cache', () => {
  const withCache = (run: (cacheDir: string, entry: () => string) => void | Promise<void>) => async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
    const entry = () => {
      const [bucket] = readdirSync(cacheDir);
      const [name] = readdirSync(join(cacheDir, bucket!));
      return join(cacheDir, bucket!, name!);
    };
    try {
      await run(cacheDir, entry);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  };

  test(
    'a card rendered before is read back; a changed card is rendered anew',
    withCache((cacheDir, entry) => {
      const first = previewPng(card(), { cacheDir });
      expect(readFileSync(entry())).toEqual(Buffer.from(first));
      // Put another whole PNG in its place: the next call returns it, so it read the cache rather than render.
      const other = renderPng(previewSvg(card({ title: 'Another title' })));
      writeFileSync(entry(), other);
      expect(Buffer.from(previewPng(card(), { cacheDir }))).toEqual(Buffer.from(other));
      expect(Buffer.from(previewPng(card({ title: 'A third title' }), { cacheDir })).subarray(1, 4).toString()).toBe('PNG');
    }),
  );

  test.each([
    ['cut short', (png: Buffer) => png.subarray(0, png.length - 20)],
    ['one byte changed', (png: Buffer) => Buffer.from(png.map((b, i) => (i === 300 ? b ^ 1 : b)))],
    ['not a PNG', () => Buffer.from('cached')],
    ['empty', () => Buffer.alloc(0)],
    ['trailing bytes', (png: Buffer) => Buffer.concat([png, Buffer.from('x')])],
  ])(
    'a damaged entry (%s) is discarded and rendered again, byte for byte',
    (_, damage) =>
      withCache((cacheDir, entry) => {
        const fresh = Buffer.from(previewPng(card()));
        previewPng(card(), { cacheDir });
        writeFileSync(entry(), damage(readFileSync(entry())));
        expect(Buffer.from(previewPng(card(), { cacheDir }))).toEqual(fresh);
        expect(readFileSync(entry())).toEqual(fresh);
      })(),
  );

  test('isWholePng accepts what resvg writes and nothing cut from it', () => {
    const png = renderPng(previewSvg(card()));
    expect(isWholePng(png)).toBe(true);
    for (const end of [8, 33, png.length - 12, png.length - 1]) expect(isWholePng(png.subarray(0, end))).toBe(false);
  });
});
