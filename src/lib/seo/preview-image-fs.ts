/**
 * Draws preview cards to PNG at build time: laid out by preview-card.ts,
 * drawn glyph by glyph by card-raster.ts from masks resvg renders once
 * (glyph-masks-fs.ts), encoded by png-encode.ts. resvg is a renderer shipped
 * as a binary inside its npm package and the fonts come from an npm package
 * too, so a fresh `npm ci` is all a build needs. Drawn cards are cached by
 * content, which makes a rebuild of an unchanged site nearly free.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { placeGlyphs, rasterizeCard } from './card-raster.ts';
import { readFontMetrics } from './font-metrics.ts';
import { GlyphMasks } from './glyph-masks-fs.ts';
import { encodeIndexedPng } from './png-encode.ts';
import { layoutPreviewCard, type CardFonts, type CardLayout, type PreviewCard } from './preview-card.ts';

const require = createRequire(import.meta.url);

/** Source Serif 4 (SIL Open Font License 1.1, redistribution allowed), as static TrueType files. */
const FONT_PACKAGE = '@expo-google-fonts/source-serif-4';
const FONT_FILES = {
  regular: '400Regular/SourceSerif4_400Regular.ttf',
  semibold: '600SemiBold/SourceSerif4_600SemiBold.ttf',
} as const;

/** The modules whose code decides a card's pixels from what it says: its layout and its drawing (this one included). */
const DRAWING_SOURCES = [
  'preview-card.ts', 'text-layout.ts', 'font-metrics.ts', 'opentype-layout.ts',
  'card-raster.ts', 'glyph-masks-fs.ts', 'png-encode.ts', 'preview-image-fs.ts',
];

interface LoadedFonts extends CardFonts {
  files: string[];
  /** The fonts' and the renderer's versions, and the layout and drawing code's hash: cached cards never outlive any of them. */
  version: string | undefined;
}

let loaded: LoadedFonts | undefined;

/**
 * A hash of the layout and drawing code, read from the project's source
 * (this module's folder when run from source; SOURCE_LIB_DIR from a bundle),
 * or undefined when it cannot be found, in which case nothing is cached.
 */
function drawingCodeHash(): string | undefined {
  const folders = [dirname(fileURLToPath(import.meta.url)), process.env.SOURCE_LIB_DIR && join(process.env.SOURCE_LIB_DIR, 'seo')];
  const folder = folders.find((dir) => dir && DRAWING_SOURCES.every((name) => existsSync(join(dir, name))));
  if (!folder) return undefined;
  const hash = createHash('sha256');
  for (const name of DRAWING_SOURCES) hash.update(readFileSync(join(folder, name)));
  return hash.digest('hex').slice(0, 16);
}

function fonts(): LoadedFonts {
  if (loaded) return loaded;
  const root = dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  const regularFile = join(root, FONT_FILES.regular);
  const semiboldFile = join(root, FONT_FILES.semibold);
  const renderer = require('@resvg/resvg-js/package.json') as { version: string };
  const fontPackage = require(`${FONT_PACKAGE}/package.json`) as { version: string };
  const code = drawingCodeHash();
  loaded = {
    family: 'Source Serif 4',
    regular: readFontMetrics(readFileSync(regularFile)),
    semibold: readFontMetrics(readFileSync(semiboldFile)),
    files: [regularFile, semiboldFile],
    version: code && `resvg ${renderer.version}; ${FONT_PACKAGE} ${fontPackage.version}; drawing ${code}`,
  };
  return loaded;
}

/** The card laid out with the real fonts' metrics. */
export function cardLayout(card: PreviewCard): CardLayout {
  return layoutPreviewCard(card, fonts());
}

/** The card fonts' files, regular then semibold. */
export function cardFontFiles(): string[] {
  return [...fonts().files];
}

/** How resvg renders card text: at its own size, with the bundled fonts only (system fonts are never consulted). */
export function resvgOptions(): ResvgRenderOptions {
  const { files, family } = fonts();
  return {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: family },
    logLevel: 'off',
  };
}

let masks: GlyphMasks | undefined;

/** Draws a laid-out card to PNG. Glyphs are rendered by resvg the first time this thread needs them. */
export async function drawCard(layout: CardLayout): Promise<Uint8Array<ArrayBuffer>> {
  const { family, regular, semibold } = fonts();
  masks ??= new GlyphMasks({ family, options: resvgOptions() });
  const glyphs = placeGlyphs(layout, { regular, semibold });
  await masks.prepare(glyphs);
  return encodeIndexedPng(rasterizeCard(layout, glyphs, (glyph) => masks!.get(glyph)));
}

/** Lays out and draws a card to PNG. */
export function drawPreview(card: PreviewCard): Promise<Uint8Array<ArrayBuffer>> {
  return drawCard(cardLayout(card));
}

/**
 * Where a card's PNG is cached: named by a hash of what it says, the fonts
 * and the layout and drawing code; undefined when that code's version is
 * unknown. Keyed by the card rather than its layout, so a cached card costs
 * no layout either.
 */
export function cacheFile(cacheDir: string, card: PreviewCard): string | undefined {
  const { version } = fonts();
  if (!version) return undefined;
  const fields = [card.siteName, card.label, card.title, card.summary, card.host];
  const key = createHash('sha256').update(version).update('\0').update(JSON.stringify(fields)).digest('hex');
  return join(cacheDir, key.slice(0, 2), `${key}.png`);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * True when `bytes` is a complete PNG: the signature, then chunks whose
 * lengths fit and whose CRCs match, ending with IEND. A cache file cut short
 * by a crash or changed on disk fails this and is drawn again.
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

/** Stores a drawn PNG; written to a temporary name and renamed, so a reader never sees half a file. */
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

/** A card to draw, and where to cache it. */
export interface CardJob {
  card: PreviewCard;
  cacheFile?: string | undefined;
}

/** Draws a card and stores it in its cache file, if it has one. */
export async function drawAndKeep({ card, cacheFile }: CardJob): Promise<Uint8Array<ArrayBuffer>> {
  const png = await drawPreview(card);
  if (cacheFile) writeCached(cacheFile, png);
  return png;
}

/** Cards to write into an output folder: each with its cache file (the source) and its path in the folder. */
export interface PlaceJob {
  place: Array<{ card: PreviewCard; source: string; output: string }>;
  outDir: string;
}

/**
 * Writes each card of the job into the output folder from its cache file,
 * drawing it into the cache first where that file is missing or damaged;
 * returns how many it drew.
 */
export async function placeCopies({ place, outDir }: PlaceJob): Promise<number> {
  let drawn = 0;
  const folders = new Set<string>();
  for (const { card, source, output } of place) {
    let png = readCached(source);
    if (!png) {
      png = await drawAndKeep({ card, cacheFile: source });
      drawn++;
    }
    const file = join(outDir, output);
    if (!folders.has(dirname(file))) {
      mkdirSync(dirname(file), { recursive: true });
      folders.add(dirname(file));
    }
    writeFileSync(file, png);
  }
  return drawn;
}

/**
 * The card as PNG. With a `cacheDir`, a card drawn before with the same
 * text, fonts and code is read back instead of drawn again.
 */
export async function previewPng(card: PreviewCard, { cacheDir }: { cacheDir?: string | undefined } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const file = cacheDir === undefined ? undefined : cacheFile(cacheDir, card);
  return (file && readCached(file)) || drawAndKeep({ card, cacheFile: file });
}
