/**
 * The preview card shown when a page is shared: a 1200×630 image with the
 * site name, what kind of page it is, its title and a short summary. This
 * lays the card out (pure); card-raster.ts draws the layout.
 */
import type { FontMetrics } from './font-metrics.ts';
import { drawableText, fitText, measureWith, wrapText } from './text-layout.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says, as plain text. */
export interface PreviewCard {
  siteName: string;
  /** What the page is, e.g. "Digest · Reuters · May 2021" or "Country". */
  label: string;
  title: string;
  summary: string;
  /** The site's host name, shown in the footer. */
  host: string;
}

/** The one font family cards use, in two weights, with the metrics to lay it out and draw it. */
export interface CardFonts {
  family: string;
  regular: FontMetrics;
  semibold: FontMetrics;
}

const PAD = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD;
export const CARD_COLORS = { paper: '#fbf9f4', ink: '#1d1f24', muted: '#545964', accent: '#0b5cad', rule: '#dedbd4' } as const;
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

export type CardColor = (typeof CARD_COLORS)[keyof typeof CARD_COLORS];
export type CardWeight = 'regular' | 'semibold';

/** A filled rectangle, in pixels. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: CardColor;
}

/** One line of text: drawn from `x` on the baseline `y`, in one weight, size and colour. */
export interface CardLine {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: CardWeight;
  color: CardColor;
  /** Extra pixels after every glyph. */
  tracking: number;
}

/** Everything drawn on a card, back to front: the background, then rectangles, then lines of text. */
export interface CardLayout {
  width: number;
  height: number;
  background: CardColor;
  rects: CardRect[];
  lines: CardLine[];
}

function lines(texts: string[], firstBaseline: number, leading: number, style: Omit<CardLine, 'text' | 'x' | 'y'>): CardLine[] {
  return texts.map((text, i) => ({ text, x: PAD, y: Math.round(firstBaseline + i * leading), ...style }));
}

/** Lays the card out. Text is only what the font can draw, and never leaves its box. */
export function layoutPreviewCard(card: PreviewCard, fonts: CardFonts): CardLayout {
  // Both weights come from one family with the same character set.
  const drawable = (text: string) => drawableText(text, fonts.regular);
  const small = measureWith(fonts.semibold, 24);
  const spaced = (text: string) => small(text) + SITE_NAME_TRACKING * fonts.semibold.shape(text).length;

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

  const semibold = (size: number, color: CardColor, tracking = 0) => ({ size, weight: 'semibold', color, tracking }) as const;
  return {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    background: CARD_COLORS.paper,
    rects: [
      { x: 0, y: 0, width: CARD_WIDTH, height: 10, color: CARD_COLORS.accent },
      { x: PAD, y: FOOTER_RULE, width: TEXT_WIDTH, height: 2, color: CARD_COLORS.rule },
    ],
    lines: [
      ...lines(siteName, SITE_NAME_BASELINE, 0, semibold(24, CARD_COLORS.muted, SITE_NAME_TRACKING)),
      ...lines(label, LABEL_BASELINE, 0, semibold(28, CARD_COLORS.accent)),
      ...lines(title.lines, titleBaseline, titleLeading, semibold(title.fontSize, CARD_COLORS.ink)),
      ...lines(summary, summaryBaseline, summaryLeading, { size: SUMMARY_SIZE, weight: 'regular', color: CARD_COLORS.muted, tracking: 0 }),
      ...lines(host, HOST_BASELINE, 0, semibold(24, CARD_COLORS.muted)),
    ],
  };
}
