/**
 * Renders preview cards to PNG at build time with resvg (a renderer shipped
 * as a binary inside its npm package, so no service and no system library is
 * involved). Fonts come from an npm package too, so a fresh `npm ci` is all a
 * build needs. Rendered cards can be cached by content, which makes a rebuild
 * of an unchanged site nearly free.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { readFontMetrics } from './font-metrics.ts';
import { CARD_WIDTH, previewCardSvg, type CardFonts, type PreviewCard } from './preview-card.ts';

const require = createRequire(import.meta.url);

/** Source Serif 4 (SIL Open Font License 1.1, redistribution allowed), as static TrueType files. */
const FONT_PACKAGE = '@expo-google-fonts/source-serif-4';
const FONT_FILES = {
  regular: '400Regular/SourceSerif4_400Regular.ttf',
  semibold: '600SemiBold/SourceSerif4_600SemiBold.ttf',
} as const;

interface LoadedFonts extends CardFonts {
  files: string[];
  /** Changes whenever the fonts or the renderer change, so cached cards never outlive either. */
  version: string;
}

let loaded: LoadedFonts | undefined;

function fonts(): LoadedFonts {
  if (loaded) return loaded;
  const root = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  const regularFile = join(root, FONT_FILES.regular);
  const semiboldFile = join(root, FONT_FILES.semibold);
  const renderer = require('@resvg/resvg-js/package.json') as { version: string };
  const fontPackage = require(`${FONT_PACKAGE}/package.json`) as { version: string };
  loaded = {
    family: 'Source Serif 4',
    regular: readFontMetrics(readFileSync(regularFile)),
    semibold: readFontMetrics(readFileSync(semiboldFile)),
    files: [regularFile, semiboldFile],
    version: `resvg ${renderer.version}; ${FONT_PACKAGE} ${fontPackage.version}`,
  };
  return loaded;
}

/** The card as SVG, laid out with the real fonts' metrics. */
export function previewSvg(card: PreviewCard): string {
  return previewCardSvg(card, fonts());
}

/** The card fonts' files, regular then semibold. */
export function cardFontFiles(): string[] {
  return [...fonts().files];
}

/** An SVG card loaded into resvg with the bundled fonts only (system fonts are never consulted). */
export function loadSvg(svg: string): Resvg {
  const { files, family } = fonts();
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family },
    logLevel: 'off',
  });
}

/** Renders an SVG card to PNG. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  // Copied into a plain ArrayBuffer, the form a Response body takes.
  return new Uint8Array(loadSvg(svg).render().asPng());
}

/**
 * The card as PNG. With a `cacheDir`, a card rendered before with the same
 * text, fonts and renderer is read back instead of rendered again.
 */
export function previewPng(card: PreviewCard, { cacheDir }: { cacheDir?: string | undefined } = {}): Uint8Array<ArrayBuffer> {
  const svg = previewSvg(card);
  if (!cacheDir) return renderPng(svg);
  const key = createHash('sha256').update(fonts().version).update('\0').update(svg).digest('hex');
  const file = join(cacheDir, key.slice(0, 2), `${key}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = renderPng(svg);
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
    } catch {
      // A read-only cache only costs speed.
    }
    return png;
  }
}
