/**
 * The preview card shown when a page is shared: a 1200×630 SVG with the site
 * name, what kind of page it is, its title and a short summary. Pure string
 * building; rendering to PNG happens in preview-image-fs.ts.
 */
import type { FontMetrics } from './font-metrics.ts';
import { drawableText, fitText, measureWith, wrapText } from './text-layout.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. Every field is plain text; the card escapes it. */
export interface PreviewCard {
  siteName: string;
  /** What the page is, e.g. "Digest · Reuters · May 2021" or "Country". */
  label: string;
  title: string;
  summary: string;
  /** The site's host name, shown in the footer. */
  host: string;
}

/** The one font family cards use, in two weights, with the metrics to lay it out. */
export interface CardFonts {
  family: string;
  regular: FontMetrics;
  semibold: FontMetrics;
}

const PAD = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD;
const COLORS = { paper: '#fbf9f4', ink: '#1d1f24', muted: '#545964', accent: '#0b5cad', rule: '#dedbd4' };
const TITLE_SIZES = [68, 60, 54, 48] as const;
const TITLE_LINES = 3;
const SUMMARY_SIZE = 30;
const SUMMARY_LEADING = 1.4;
/** Vertical rhythm, top to bottom: baselines and gaps in pixels. */
const SITE_NAME_BASELINE = 100;
const LABEL_BASELINE = 150;
const TITLE_TOP = 200;
const TITLE_SUMMARY_GAP = 36;
const SUMMARY_RULE_GAP = 24;
const FOOTER_RULE = 530;
const HOST_BASELINE = 580;
const SITE_NAME_TRACKING = 2;

/** Characters XML 1.0 cannot carry at all; content should never have them, but a card must not break if it does. */
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

function textLines(lines: string[], x: number, firstBaseline: number, leading: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${Math.round(firstBaseline + i * leading)}" ${attrs}>${escapeXml(line)}</text>`)
    .join('');
}

/** Lays the card out and returns it as an SVG document. Text never leaves its box. */
export function previewCardSvg(card: PreviewCard, fonts: CardFonts): string {
  // Both weights come from one family with the same character set.
  const drawable = (text: string) => drawableText(text, fonts.regular);
  const family = escapeXml(fonts.family);
  const small = measureWith(fonts.semibold, 24);
  const spaced = (text: string) => small(text) + SITE_NAME_TRACKING * [...text].length;

  const siteName = wrapText(drawable(card.siteName).toUpperCase(), { maxWidth: TEXT_WIDTH, maxLines: 1, measure: spaced });
  const label = wrapText(drawable(card.label), { maxWidth: TEXT_WIDTH, maxLines: 1, measure: measureWith(fonts.semibold, 28) });
  // A title written only in a script the font lacks falls back to the label, so the card is never blank.
  const titleText = drawable(card.title) || drawable(card.label);
  const title = fitText(titleText, {
    sizes: TITLE_SIZES,
    maxWidth: TEXT_WIDTH,
    maxLines: TITLE_LINES,
    measureAt: (size) => measureWith(fonts.semibold, size),
  });
  const titleLeading = Math.round(title.fontSize * 1.16);
  const titleBaseline = TITLE_TOP + title.fontSize;
  const summaryLeading = SUMMARY_SIZE * SUMMARY_LEADING;
  const summaryBaseline = titleBaseline + (title.lines.length - 1) * titleLeading + TITLE_SUMMARY_GAP + summaryLeading;
  // As many summary lines as fit above the footer rule.
  const summaryRoom = Math.max(0, Math.floor((FOOTER_RULE - SUMMARY_RULE_GAP - summaryBaseline) / summaryLeading) + 1);
  const summary =
    summaryRoom > 0
      ? wrapText(drawable(card.summary), {
          maxWidth: TEXT_WIDTH,
          maxLines: Math.min(3, summaryRoom),
          measure: measureWith(fonts.regular, SUMMARY_SIZE),
        })
      : [];
  const host = wrapText(drawable(card.host), { maxWidth: TEXT_WIDTH, maxLines: 1, measure: small });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.paper}"/>`,
    `<rect width="${CARD_WIDTH}" height="10" fill="${COLORS.accent}"/>`,
    `<g font-family="${family}">`,
    textLines(siteName, PAD, SITE_NAME_BASELINE, 0, `font-size="24" font-weight="600" letter-spacing="${SITE_NAME_TRACKING}" fill="${COLORS.muted}"`),
    textLines(label, PAD, LABEL_BASELINE, 0, `font-size="28" font-weight="600" fill="${COLORS.accent}"`),
    textLines(title.lines, PAD, titleBaseline, titleLeading, `font-size="${title.fontSize}" font-weight="600" fill="${COLORS.ink}"`),
    textLines(summary, PAD, summaryBaseline, summaryLeading, `font-size="${SUMMARY_SIZE}" font-weight="400" fill="${COLORS.muted}"`),
    `<rect x="${PAD}" y="${FOOTER_RULE}" width="${TEXT_WIDTH}" height="2" fill="${COLORS.rule}"/>`,
    textLines(host, PAD, HOST_BASELINE, 0, `font-size="24" font-weight="600" fill="${COLORS.muted}"`),
    '</g></svg>',
  ].join('');
}
