/**
 * The oracle for drawn preview cards: a card layout written as SVG, for
 * resvg to render whole, text shaped and rasterized by resvg itself. The
 * site draws cards glyph by glyph (src/lib/seo/card-raster.ts); the tests
 * hold its pixels to resvg's rendering of the same layout.
 */
import { Resvg } from '@resvg/resvg-js';
import { escapeXml } from '../../src/lib/seo/xml.ts';
import type { CardLayout } from '../../src/lib/seo/preview-card.ts';
import { resvgOptions } from '../../src/lib/seo/preview-image-fs.ts';

const FONT_WEIGHT = { regular: 400, semibold: 600 } as const;

export function cardSvg(layout: CardLayout, family = 'Source Serif 4'): string {
  const { width, height } = layout;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${layout.background}"/>`,
    ...layout.rects.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${r.color}"/>`),
    `<g font-family="${escapeXml(family)}">`,
    ...layout.lines.map(
      (l) =>
        `<text x="${l.x}" y="${l.y}" font-size="${l.size}" font-weight="${FONT_WEIGHT[l.weight]}" letter-spacing="${l.tracking}" fill="${l.color}">${escapeXml(l.text)}</text>`,
    ),
    '</g></svg>',
  ].join('');
}

/** resvg's rendering of a layout, as RGBA pixels. */
export function resvgPixels(layout: CardLayout): Uint8Array {
  return new Uint8Array(new Resvg(cardSvg(layout), resvgOptions()).render().pixels);
}

/** The box resvg inks for a layout's text alone (no background or rectangles), or undefined when it draws nothing. */
export function resvgTextBounds(layout: CardLayout) {
  const textOnly = cardSvg({ ...layout, rects: [] }).replace(/<rect[^>]*\/>/g, '');
  return new Resvg(textOnly, resvgOptions()).innerBBox();
}
