/**
 * Draws a card layout (preview-card.ts) into a palette image: the background,
 * the rectangles, then every line of text glyph by glyph, each glyph's
 * coverage taken from a mask the caller supplies (glyph-masks-fs.ts renders
 * them once with resvg). A card is a few flat colours and the anti-aliased
 * edges of text in them, so a palette holds it exactly but for coverage,
 * which is kept to 64 levels: under 2 in 255 off per channel.
 *
 * Text is drawn over the background only: lines never cross one another or
 * a rectangle on a card, which the layout tests check.
 */
import type { FontMetrics, ShapedGlyph } from './font-metrics.ts';
import type { CardColor, CardLayout, CardWeight } from './preview-card.ts';
import { blankImage, type IndexedImage } from './png-encode.ts';

/** Glyph positions are kept to quarter pixels; a glyph has a mask for each. */
export const GLYPH_PHASES = 4;
/** Coverage levels a colour is blended at, besides none. */
const LEVELS = 63;

/** Which glyph, in which weight and size, at which quarter-pixel offset. */
export interface GlyphRequest {
  weight: CardWeight;
  size: number;
  glyph: ShapedGlyph;
  /** 0 … GLYPH_PHASES - 1: the pen's fraction of a pixel, in quarters. */
  phase: number;
}

/** A glyph's coverage (0-255 a pixel), placed relative to the pen's whole pixel on the baseline. */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** A glyph request and the whole pixel its pen stands on. */
export interface PlacedGlyph extends GlyphRequest {
  x: number;
  y: number;
  color: CardColor;
}

/** The fonts a layout is drawn with, by weight. */
export type CardFontMetrics = Record<CardWeight, FontMetrics>;

/** Every glyph of a layout where it is drawn: pens advance by kerned advances plus tracking. */
export function placeGlyphs(layout: CardLayout, fonts: CardFontMetrics): PlacedGlyph[] {
  const placed: PlacedGlyph[] = [];
  for (const line of layout.lines) {
    const font = fonts[line.weight];
    const scale = line.size / font.unitsPerEm;
    let pen = line.x;
    for (const glyph of font.shape(line.text)) {
      let x = Math.floor(pen);
      let phase = Math.round((pen - x) * GLYPH_PHASES);
      if (phase === GLYPH_PHASES) {
        x += 1;
        phase = 0;
      }
      placed.push({ weight: line.weight, size: line.size, glyph, phase, x, y: line.y, color: line.color });
      pen += glyph.advance * scale + line.tracking;
    }
  }
  return placed;
}

function rgb(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

interface Palette {
  colors: Array<[number, number, number]>;
  /** Per colour, the palette index to draw each coverage (0-255) with; 0 is the background. */
  byCoverage: Map<string, Uint8Array>;
  /** Per rectangle colour, its index. */
  solid: Map<string, number>;
}

/** The background first, then each text colour blended over it at every level, then rectangle colours not already there. */
function palette(layout: CardLayout): Palette {
  const background = rgb(layout.background);
  const colors: Array<[number, number, number]> = [background];
  const byCoverage = new Map<string, Uint8Array>();
  const solid = new Map<string, number>();
  for (const color of new Set(layout.lines.map((line) => line.color))) {
    const ink = rgb(color);
    const first = colors.length;
    for (let level = 1; level <= LEVELS; level++) {
      colors.push(background.map((b, c) => Math.round(b + ((ink[c]! - b) * level) / LEVELS)) as [number, number, number]);
    }
    const lookup = new Uint8Array(256);
    for (let coverage = 1; coverage < 256; coverage++) {
      const level = Math.round((coverage * LEVELS) / 255);
      lookup[coverage] = level === 0 ? 0 : first + level - 1;
    }
    byCoverage.set(color, lookup);
    solid.set(color, first + LEVELS - 1);
  }
  for (const rect of layout.rects) {
    if (!solid.has(rect.color)) {
      solid.set(rect.color, colors.length);
      colors.push(rgb(rect.color));
    }
  }
  return { colors, byCoverage, solid };
}

/** Draws a layout; `mask` gives each placed glyph's coverage. */
export function rasterizeCard(layout: CardLayout, glyphs: readonly PlacedGlyph[], mask: (glyph: PlacedGlyph) => GlyphMask): IndexedImage {
  const { colors, byCoverage, solid } = palette(layout);
  const image = blankImage(layout.width, layout.height, colors);
  const stride = layout.width + 1;
  const { rows } = image;
  for (const rect of layout.rects) {
    const index = solid.get(rect.color)!;
    const x0 = Math.max(0, rect.x);
    const x1 = Math.min(layout.width, rect.x + rect.width);
    for (let y = Math.max(0, rect.y); y < Math.min(layout.height, rect.y + rect.height); y++) {
      rows.fill(index, y * stride + 1 + x0, y * stride + 1 + x1);
    }
  }
  for (const glyph of glyphs) {
    const { left, top, width, height, coverage } = mask(glyph);
    const lookup = byCoverage.get(glyph.color)!;
    const x0 = glyph.x + left;
    const y0 = glyph.y + top;
    // The part of the mask that falls on the card.
    const firstCol = Math.max(0, -x0);
    const endCol = Math.min(width, layout.width - x0);
    const firstRow = Math.max(0, -y0);
    const endRow = Math.min(height, layout.height - y0);
    for (let row = firstRow; row < endRow; row++) {
      const from = row * width;
      const to = (y0 + row) * stride + 1 + x0;
      for (let col = firstCol; col < endCol; col++) {
        const value = coverage[from + col]!;
        if (value === 0) continue;
        // Where glyphs of a line overlap, the stronger coverage wins (a line has one colour, whose indices rise with coverage).
        const index = lookup[value]!;
        if (index > rows[to + col]!) rows[to + col] = index;
      }
    }
  }
  return image;
}
