/**
 * Glyph coverage masks for card-raster.ts, rendered with resvg (which shapes
 * and rasterizes text exactly as it would a whole card) and kept for the
 * life of the process. The glyphs a card needs and no card has needed
 * before are rendered together, one cell each, in one small image; after the
 * first few cards almost every glyph is known, so a card costs no rendering
 * by resvg at all.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { GLYPH_PHASES, type GlyphMask, type GlyphRequest } from './card-raster.ts';

/** Characters XML 1.0 cannot carry at all; a font should have no glyph for them, but a mask must not break if it does. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** Escapes text for an SVG/XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const FONT_WEIGHT = { regular: 400, semibold: 600 } as const;
/** Widest image the masks are rendered in; cells wrap onto new rows past it. */
const SHEET_WIDTH = 2048;

function keyOf({ weight, size, glyph, phase }: GlyphRequest): string {
  return `${weight} ${size} ${glyph.glyph} ${phase}`;
}

/** A glyph's cell: room on every side of the pen for overhangs, accents and descenders. */
function cellOf(request: GlyphRequest, unitsPerEm: number) {
  const margin = request.size;
  const width = Math.ceil((Math.max(0, request.glyph.advance) * request.size) / unitsPerEm) + 2 * margin;
  return { width, height: 2 * request.size, penX: margin, baseline: Math.round(1.4 * request.size) };
}

export class GlyphMasks {
  readonly #masks = new Map<string, GlyphMask>();
  readonly #family: string;
  readonly #options: ResvgRenderOptions;
  readonly #unitsPerEm: number;

  /** `options` are resvg's, rendering at the SVG's own size with the card fonts; `unitsPerEm` is theirs (both weights share it). */
  constructor({ family, options, unitsPerEm }: { family: string; options: ResvgRenderOptions; unitsPerEm: number }) {
    this.#family = family;
    this.#options = options;
    this.#unitsPerEm = unitsPerEm;
  }

  /** Glyphs rendered so far. */
  get size(): number {
    return this.#masks.size;
  }

  /** Renders, in one image, every requested glyph not rendered before. */
  async prepare(requests: readonly GlyphRequest[]): Promise<void> {
    const missing = new Map<string, GlyphRequest>();
    for (const request of requests) {
      const key = keyOf(request);
      if (!this.#masks.has(key)) missing.set(key, request);
    }
    if (missing.size === 0) return;

    // Shelf packing: cells left to right, a new row when one is full.
    const cells: Array<{ key: string; x: number; y: number; penX: number; baseline: number; width: number; height: number; request: GlyphRequest }> = [];
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    for (const [key, request] of missing) {
      const cell = cellOf(request, this.#unitsPerEm);
      if (x > 0 && x + cell.width > SHEET_WIDTH) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      cells.push({ key, x, y, ...cell, request });
      x += cell.width;
      rowHeight = Math.max(rowHeight, cell.height);
    }
    const width = Math.max(...cells.map((cell) => cell.x + cell.width));
    const height = y + rowHeight;
    const texts = cells.map(({ x: cx, y: cy, penX, baseline, request }) => {
      const at = cx + penX + request.phase / GLYPH_PHASES;
      return `<text x="${at}" y="${cy + baseline}" font-size="${request.size}" font-weight="${FONT_WEIGHT[request.weight]}">${escapeXml(request.glyph.text)}</text>`;
    });
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<g font-family="${escapeXml(this.#family)}" fill="#000">${texts.join('')}</g></svg>`;
    const pixels = (await renderAsync(svg, this.#options)).pixels;

    for (const cell of cells) {
      // The tight box of the cell's inked pixels (alpha is coverage: the glyph is black on nothing).
      let top = cell.height;
      let bottom = -1;
      let left = cell.width;
      let right = -1;
      for (let row = 0; row < cell.height; row++) {
        for (let col = 0; col < cell.width; col++) {
          if (pixels[((cell.y + row) * width + cell.x + col) * 4 + 3]! === 0) continue;
          top = Math.min(top, row);
          bottom = Math.max(bottom, row);
          left = Math.min(left, col);
          right = Math.max(right, col);
        }
      }
      const maskWidth = Math.max(0, right - left + 1);
      const maskHeight = Math.max(0, bottom - top + 1);
      const coverage = new Uint8Array(maskWidth * maskHeight);
      for (let row = 0; row < maskHeight; row++) {
        for (let col = 0; col < maskWidth; col++) {
          coverage[row * maskWidth + col] = pixels[((cell.y + top + row) * width + cell.x + left + col) * 4 + 3]!;
        }
      }
      this.#masks.set(cell.key, { left: left - cell.penX, top: top - cell.baseline, width: maskWidth, height: maskHeight, coverage });
    }
  }

  /** A prepared glyph's mask. */
  get(request: GlyphRequest): GlyphMask {
    const mask = this.#masks.get(keyOf(request));
    if (!mask) throw new Error(`glyph ${request.glyph.glyph} (${JSON.stringify(request.glyph.text)}) was not prepared`);
    return mask;
  }
}
