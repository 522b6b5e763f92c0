import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { placeGlyphs, rasterizeCard } from '../../../src/lib/seo/card-raster.ts';
import { readFontMetrics } from '../../../src/lib/seo/font-metrics.ts';
import { GlyphMasks } from '../../../src/lib/seo/glyph-masks-fs.ts';
import { escapeXml } from '../../../src/lib/seo/xml.ts';
import { encodeIndexedPng } from '../../../src/lib/seo/png-encode.ts';
import { CARD_COLORS, CARD_HEIGHT, CARD_WIDTH, type CardLayout, type PreviewCard } from '../../../src/lib/seo/preview-card.ts';
import { cardFontFiles, cardLayout, drawCard, isWholePng, previewPng, resvgOptions } from '../../../src/lib/seo/preview-image-fs.ts';
import { resvgPixels, resvgTextBounds } from '../../support/card-svg.ts';
import { decodePalettePng } from '../../support/png-decode.ts';

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

const CARDS: Array<[string, PreviewCard]> = [
  ['a short card', card()],
  ['a very long title and summary', card({ title: LONG, summary: LONG })],
  ['one unbroken word', card({ title: 'Supercalifragilistic'.repeat(12), summary: 'x'.repeat(400) })],
  ['Cyrillic and Chinese', card({ title: 'Касым-Жомарт Токаев (托卡耶夫) '.repeat(4), summary: 'Шанхайская организация сотрудничества '.repeat(6) })],
  ['wide capitals', card({ title: 'WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM '.repeat(2), label: 'W'.repeat(80) })],
  ['kerning and ligatures', card({ title: 'AVATAR To Wavy “Yo” office, fjord, affluent', summary: 'LT VA Te Ty ffi ffl fi fl — Tajikistan’s Wakhan' })],
];

/** The box our drawing inks for text: every pixel that is not the background, outside the rectangles. */
function drawnTextBounds(png: Uint8Array, layout: CardLayout) {
  const { width, height, rgb } = decodePalettePng(png);
  const paper = [0, 2, 4].map((k) => Number.parseInt(layout.background.slice(1 + k, 3 + k), 16));
  const inRect = (x: number, y: number) => layout.rects.some((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);
  const box = { left: width, right: -1, top: height, bottom: -1 };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      if ((rgb[at] === paper[0] && rgb[at + 1] === paper[1] && rgb[at + 2] === paper[2]) || inRect(x, y)) continue;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  }
  return box;
}

describe('font metrics', () => {
  const [regular, semibold] = cardFontFiles();
  const metrics = readFontMetrics(readFileSync(regular!));
  const bold = readFontMetrics(readFileSync(semibold!));
  const width = (text: string) => bold.shape(text).reduce((sum, glyph) => sum + glyph.advance, 0);
  const unkerned = (text: string) => [...text].reduce((sum, char) => sum + bold.advance(char.codePointAt(0)!)!, 0);

  test('reads Latin and Cyrillic advances and knows CJK is missing', () => {
    expect(metrics.unitsPerEm).toBeGreaterThan(0);
    for (const char of 'AzЖжҚқ’…') expect(metrics.advance(char.codePointAt(0)!)).toBeGreaterThan(0);
    expect(metrics.advance('习'.codePointAt(0)!)).toBeUndefined();
    expect(metrics.advance('W'.codePointAt(0)!)!).toBeGreaterThan(metrics.advance('i'.codePointAt(0)!)!);
  });

  test('shaping kerns pairs the font kerns, and only those', () => {
    expect(width('AV')).toBeLessThan(unkerned('AV'));
    expect(width('To')).toBeLessThan(unkerned('To'));
    expect(width('nn')).toBe(unkerned('nn'));
  });

  test('shaping forms standard ligatures and keeps the text each glyph draws', () => {
    const office = bold.shape('office');
    expect(office.map((glyph) => glyph.text)).toEqual(['o', 'ffi', 'c', 'e']);
    expect(new Set(office.map((glyph) => glyph.glyph)).size).toBe(4);
    // Characters the font lacks are left out.
    expect(bold.shape('a习b').map((glyph) => glyph.text)).toEqual(['a', 'b']);
  });

  test('refuses what is not a TrueType or OpenType font', () => {
    expect(() => readFontMetrics(new TextEncoder().encode('wOF2 not a font at all'))).toThrow(/not a TrueType/);
  });
});

describe('preview card', () => {
  test('is a 1200×630 palette PNG', async () => {
    const png = await previewPng(card());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const decoded = decodePalettePng(png);
    expect([decoded.width, decoded.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(isWholePng(png)).toBe(true);
  });

  test.each(CARDS)('%s is drawn as resvg renders the same layout, to within anti-aliasing', async (_, c) => {
    const layout = cardLayout(c);
    const ours = decodePalettePng(await drawCard(layout)).rgb;
    const theirs = resvgPixels(layout);
    let total = 0;
    let worst = 0;
    for (let pixel = 0; pixel < CARD_WIDTH * CARD_HEIGHT; pixel++) {
      for (let channel = 0; channel < 3; channel++) {
        const difference = Math.abs(ours[pixel * 3 + channel]! - theirs[pixel * 4 + channel]!);
        total += difference;
        worst = Math.max(worst, difference);
      }
    }
    // Measured: a mean under 0.3 in 255 and no channel off by more than 62 (a glyph edge a quarter pixel
    // away). A glyph out of place, unkerned or missing its ligature is off by 100-200 over whole strokes.
    expect(total / (CARD_WIDTH * CARD_HEIGHT * 3)).toBeLessThan(0.5);
    expect(worst).toBeLessThan(96);
  });

  test.each(CARDS)('the text of %s stays inside the margins', async (_, c) => {
    const layout = cardLayout(c);
    const drawn = drawnTextBounds(await drawCard(layout), layout);
    expect(drawn.left).toBeGreaterThanOrEqual(PAD - 4);
    expect(drawn.right).toBeLessThanOrEqual(CARD_WIDTH - PAD + 4);
    expect(drawn.top).toBeGreaterThanOrEqual(0);
    expect(drawn.bottom).toBeLessThan(CARD_HEIGHT);
    // resvg, shaping the same lines itself, keeps them inside too.
    const box = resvgTextBounds(layout)!;
    expect(box.x).toBeGreaterThanOrEqual(PAD - 4);
    expect(box.x + box.width).toBeLessThanOrEqual(CARD_WIDTH - PAD + 4);
  });

  test.each(CARDS)('the ink of %s stays off the rectangles, and lines of different colours stay apart (the drawing relies on it)', (_, c) => {
    const layout = cardLayout(c);
    // Each line's ink, as resvg draws the line alone; lines of one colour may touch (the stronger coverage wins).
    const bands = [
      ...layout.lines.map((line) => {
        const box = resvgTextBounds({ ...layout, lines: [line] })!;
        return { color: line.color, top: box.y, bottom: box.y + box.height };
      }),
      ...layout.rects.map((rect) => ({ color: 'rectangle', top: rect.y, bottom: rect.y + rect.height })),
    ];
    for (const a of bands) {
      for (const b of bands) {
        if (a === b || (a.color === b.color && a.color !== 'rectangle')) continue;
        expect(a.bottom <= b.top || b.bottom <= a.top, `${JSON.stringify(a)} and ${JSON.stringify(b)}`).toBe(true);
      }
    }
  });

  test("a card's bytes do not depend on which cards were drawn before it (glyphs are rendered the same wherever they are first needed)", async () => {
    const [regular, semibold] = cardFontFiles().map((file) => readFontMetrics(readFileSync(file)));
    const fonts = { regular: regular!, semibold: semibold! };
    const draw = async (masks: GlyphMasks, layout: CardLayout) => {
      const glyphs = placeGlyphs(layout, fonts);
      await masks.prepare(glyphs);
      return Buffer.from(encodeIndexedPng(rasterizeCard(layout, glyphs, (glyph) => masks.get(glyph))));
    };
    const target = cardLayout(CARDS.at(-1)![1]);
    const fresh = new GlyphMasks({ family: 'Source Serif 4', options: resvgOptions() });
    const used = new GlyphMasks({ family: 'Source Serif 4', options: resvgOptions() });
    for (const [, other] of CARDS.slice(0, -1).reverse()) await draw(used, cardLayout(other));
    expect(await draw(used, target)).toEqual(await draw(fresh, target));
  });

  test('a title only in a script the font lacks falls back to the label', () => {
    const layout = cardLayout(card({ title: '习近平', label: 'Actor · Person' }));
    expect(layout.lines.filter((line) => line.text === 'Actor · Person').map((line) => line.color)).toEqual([CARD_COLORS.accent, CARD_COLORS.ink]);
  });

  test('markup in content is drawn as the characters it is', async () => {
    const text = '<script>alert(1)</script> & "x" ]]><!-- <image href="x"/>';
    const layout = cardLayout(card({ title: text }));
    expect(layout.lines.filter((line) => line.color === CARD_COLORS.ink).map((line) => line.text).join(' ')).toBe(text);
    expect(isWholePng(await drawCard(layout))).toBe(true);
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
    'a card drawn before is read back; a changed card is drawn anew',
    withCache(async (cacheDir, entry) => {
      const first = await previewPng(card(), { cacheDir });
      expect(readFileSync(entry())).toEqual(Buffer.from(first));
      // Put another whole PNG in its place: the next call returns it, so it read the cache rather than draw.
      const other = await drawCard(cardLayout(card({ title: 'Another title' })));
      writeFileSync(entry(), other);
      expect(Buffer.from(await previewPng(card(), { cacheDir }))).toEqual(Buffer.from(other));
      expect(Buffer.from(await previewPng(card({ title: 'A third title' }), { cacheDir })).subarray(1, 4).toString()).toBe('PNG');
    }),
  );

  test.each([
    ['cut short', (png: Buffer) => png.subarray(0, png.length - 20)],
    ['one byte changed', (png: Buffer) => Buffer.from(png.map((b, i) => (i === 300 ? b ^ 1 : b)))],
    ['not a PNG', () => Buffer.from('cached')],
    ['empty', () => Buffer.alloc(0)],
    ['trailing bytes', (png: Buffer) => Buffer.concat([png, Buffer.from('x')])],
  ])(
    'a damaged entry (%s) is discarded and drawn again, byte for byte',
    (_, damage) =>
      withCache(async (cacheDir, entry) => {
        const fresh = Buffer.from(await previewPng(card()));
        await previewPng(card(), { cacheDir });
        writeFileSync(entry(), damage(readFileSync(entry())));
        expect(Buffer.from(await previewPng(card(), { cacheDir }))).toEqual(fresh);
        expect(readFileSync(entry())).toEqual(fresh);
      })(),
  );

  test('isWholePng accepts what the encoder writes and nothing cut from it', async () => {
    const png = await drawCard(cardLayout(card()));
    expect(isWholePng(png)).toBe(true);
    for (const end of [8, 33, png.length - 12, png.length - 1]) expect(isWholePng(png.subarray(0, end))).toBe(false);
  });
});
