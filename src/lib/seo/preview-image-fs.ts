/**
 * Renders preview cards to PNG at build time with resvg (a renderer shipped
 * as a binary inside its npm package, so no service and no system library is
 * involved). Fonts come from an npm package too, so a fresh `npm ci` is all a
 * build needs. Rendered cards can be cached by content, which makes a rebuild
 * of an unchanged site nearly free.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
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

/** How resvg renders a card: at the card's width, with the bundled fonts only (system fonts are never consulted). */
export function resvgOptions(): ResvgRenderOptions {
  const { files, family } = fonts();
  return {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family },
    logLevel: 'off',
  };
}

/** An SVG card loaded into resvg. */
export function loadSvg(svg: string): Resvg {
  return new Resvg(svg, resvgOptions());
}

/** Renders an SVG card to PNG. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  // Copied into a plain ArrayBuffer, the form a Response body takes.
  return new Uint8Array(loadSvg(svg).render().asPng());
}

/** Where a card's PNG is cached: named by a hash of its SVG, fonts and renderer. */
export function cacheFile(cacheDir: string, svg: string): string {
  const key = createHash('sha256').update(fonts().version).update('\0').update(svg).digest('hex');
  return join(cacheDir, key.slice(0, 2), `${key}.png`);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * True when `bytes` is a complete PNG: the signature, then chunks whose
 * lengths fit and whose CRCs match, ending with IEND. A cache file cut short
 * by a crash or changed on disk fails this and is rendered again.
 */
export function isWholePng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = PNG_SIGNATURE.length;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) return false;
    const typeAndData = bytes.subarray(at + 4, at + 8 + length);
    if (crc32(typeAndData) !== view.getUint32(at + 8 + length)) return false;
    if (String.fromCharCode(...typeAndData.subarray(0, 4)) === 'IEND') return end === bytes.length;
    at = end;
  }
  return false;
}

/** The cached PNG in `file`, or undefined when there is none; a damaged one is deleted. */
export function readCached(file: string): Uint8Array<ArrayBuffer> | undefined {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    return undefined;
  }
  if (isWholePng(bytes)) return bytes;
  rmSync(file, { force: true });
  return undefined;
}

/** Stores a rendered PNG; written to a temporary name and renamed, so a reader never sees half a file. */
export function writeCached(file: string, png: Uint8Array): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
  } catch {
    // A read-only cache only costs speed.
  }
}

/**
 * The card as PNG. With a `cacheDir`, a card rendered before with the same
 * text, fonts and renderer is read back instead of rendered again.
 */
export function previewPng(card: PreviewCard, { cacheDir }: { cacheDir?: string | undefined } = {}): Uint8Array<ArrayBuffer> {
  const svg = previewSvg(card);
  if (!cacheDir) return renderPng(svg);
  const file = cacheFile(cacheDir, svg);
  const cached = readCached(file);
  if (cached) return cached;
  const png = renderPng(svg);
  writeCached(file, png);
  return png;
}
