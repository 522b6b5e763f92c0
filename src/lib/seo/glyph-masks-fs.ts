/**
 * Glyph coverage masks for card-raster.ts, rendered with resvg (which shapes
 * and rasterizes text exactly as it would a whole card) and kept for the
 * life of the process. After the first few cards almost every glyph is
 * known, so a card costs no rendering by resvg at all.
 *
 * Each glyph is rendered alone, at the same place in an image of its own
 * (about 0.3 ms a glyph). Glyphs rendered side by side in one image were
 * cheaper, but a glyph's coverage then depended on where in the image it
 * fell (its outline is placed in single-precision floats, whose rounding
 * depends on the magnitude of the coordinates), so a card's bytes depended
 * on which cards its thread had drawn before.
 */
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { GLYPH_PHASES, type GlyphMask, type GlyphRequest } from './card-raster.ts';
import { escapeXml } from './xml.ts';

const FONT_WEIGHT = { regular: 400, semibold: 600 } as const;

function keyOf({ weight, size, glyph, phase }: GlyphRequest): string {
  return `${weight} ${size} ${glyph.glyph} ${phase}`;
}

/**
 * A glyph's image: room on every side of the pen for overhangs, accents and
 * descenders. It depends only on what is drawn (never on kerning or on other
 * glyphs), so a glyph is always rendered the same way.
 */
function cellOf(request: GlyphRequest) {
  const { size, glyph } = request;
  return { width: ([...glyph.text].length + 2) * size, height: 2 * size, penX: size, baseline: Math.round(1.4 * size) };
}

/** The masks one thread has rendered, by weight, size, glyph and quarter-pixel offset. */
export class GlyphMasks {
  readonly #masks = new Map<string, GlyphMask>();
  readonly #family: string;
  readonly #options: ResvgRenderOptions;

  /** `options` are resvg's, rendering at the SVG's own size with the card fonts. */
  constructor({ family, options }: { family: string; options: ResvgRenderOptions }) {
    this.#family = family;
    this.#options = options;
  }

  /** Renders every requested glyph not rendered before. */
  async prepare(requests: readonly GlyphRequest[]): Promise<void> {
    const missing = new Map<string, GlyphRequest>();
    for (const request of requests) {
      const key = keyOf(request);
      if (!this.#masks.has(key)) missing.set(key, request);
    }
    // resvg renders on libuv's threads, so the glyphs of a card render side by side.
    const masks = await Promise.all([...missing.values()].map((request) => this.#render(request)));
    [...missing.keys()].forEach((key, i) => this.#masks.set(key, masks[i]!));
  }

  async #render(request: GlyphRequest): Promise<GlyphMask> {
    const { width, height, penX, baseline } = cellOf(request);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<text x="${penX + request.phase / GLYPH_PHASES}" y="${baseline}" font-family="${escapeXml(this.#family)}" ` +
      `font-size="${request.size}" font-weight="${FONT_WEIGHT[request.weight]}" fill="#000">${escapeXml(request.glyph.text)}</text></svg>`;
    const pixels = (await renderAsync(svg, this.#options)).pixels;
    // The tight box of the inked pixels (alpha is coverage: the glyph is black on nothing).
    let top = height;
    let bottom = -1;
    let left = width;
    let right = -1;
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        if (pixels[(row * width + col) * 4 + 3]! === 0) continue;
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
      for (let col = 0; col < maskWidth; col++) coverage[row * maskWidth + col] = pixels[((top + row) * width + left + col) * 4 + 3]!;
    }
    return { left: left - penX, top: top - baseline, width: maskWidth, height: maskHeight, coverage };
  }

  /** A prepared glyph's mask. */
  get(request: GlyphRequest): GlyphMask {
    const mask = this.#masks.get(keyOf(request));
    if (!mask) throw new Error(`glyph ${request.glyph.glyph} (${JSON.stringify(request.glyph.text)}) was not prepared`);
    return mask;
  }
}
