/**
 * Horizontal metrics of a TrueType/OpenType font, read straight from its
 * `cmap`, `hmtx`, `hhea`, `head`, `GSUB` and `GPOS` tables. Preview cards are
 * laid out and drawn with these: text is wrapped against the widths that are
 * drawn, with the font's kerning and standard ligatures, and characters the
 * font cannot draw are known before drawing.
 */
import { readKerning, readLigatures } from './opentype-layout.ts';

/** One glyph of shaped text: which glyph, the text it draws, and how far it moves the pen. */
export interface ShapedGlyph {
  glyph: number;
  /** The characters it stands for (two or more for a ligature). */
  text: string;
  /** Advance in design units, kerning against the next glyph included. */
  advance: number;
}

/** The metrics a layout needs: which characters exist and how wide they are. */
export interface FontMetrics {
  /** Design units per em; advances are in these units. */
  unitsPerEm: number;
  /** Advance width of a code point in design units, or undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
  /**
   * Text as the glyphs a renderer draws, left to right: ligatures formed and
   * pairs kerned. Characters the font lacks are left out.
   */
  shape(text: string): ShapedGlyph[];
}

interface TableRecord {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, TableRecord> {
  const count = view.getUint16(4);
  const found = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    );
    found.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return found;
}

/** Format 12: sequential groups over the whole Unicode range. */
function readFormat12(view: DataView, at: number, into: Map<number, number>) {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g++) {
    const base = at + 16 + g * 12;
    const start = view.getUint32(base);
    const end = view.getUint32(base + 4);
    const glyph = view.getUint32(base + 8);
    for (let c = start; c <= end; c++) into.set(c, glyph + (c - start));
  }
}

/** Format 4: segments over the Basic Multilingual Plane. */
function readFormat4(view: DataView, at: number, into: Map<number, number>) {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        // The offset is relative to where it is stored, as the spec defines it.
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) into.set(c, glyph);
    }
  }
}

function readCmap(view: DataView, cmap: TableRecord): Map<number, number> {
  const count = view.getUint16(cmap.offset + 2);
  const subtables: Array<{ platform: number; encoding: number; at: number; format: number }> = [];
  for (let i = 0; i < count; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const at = cmap.offset + view.getUint32(rec + 4);
    subtables.push({ platform: view.getUint16(rec), encoding: view.getUint16(rec + 2), at, format: view.getUint16(at) });
  }
  const map = new Map<number, number>();
  // Prefer a full-Unicode table; fall back to the BMP one.
  const full = subtables.find((t) => t.format === 12 && (t.platform === 0 || (t.platform === 3 && t.encoding === 10)));
  if (full) {
    readFormat12(view, full.at, map);
    return map;
  }
  const bmp = subtables.find((t) => t.format === 4 && (t.platform === 0 || (t.platform === 3 && t.encoding === 1)));
  if (!bmp) throw new Error('font has no Unicode cmap (format 4 or 12)');
  readFormat4(view, bmp.at, map);
  return map;
}

/** Reads the metrics of a TTF or OTF font file; throws on anything else. */
export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x4f54544f /* OTTO */) {
    throw new Error('not a TrueType or OpenType font (WOFF and collections are not supported)');
  }
  const found = tables(view);
  const need = (tag: string) => {
    const table = found.get(tag);
    if (!table) throw new Error(`font has no ${tag} table`);
    return table;
  };
  const unitsPerEm = view.getUint16(need('head').offset + 18);
  const metricsCount = view.getUint16(need('hhea').offset + 34);
  const hmtx = need('hmtx').offset;
  const glyphs = readCmap(view, need('cmap'));
  const lastAdvance = view.getUint16(hmtx + (metricsCount - 1) * 4);
  // Glyphs past the last full metric share its advance (monospaced tails).
  const glyphAdvance = (glyph: number) => (glyph < metricsCount ? view.getUint16(hmtx + glyph * 4) : lastAdvance);
  const kerning = readKerning(view, found.get('GPOS'));
  const ligate = readLigatures(view, found.get('GSUB'));
  return {
    unitsPerEm,
    advance(codePoint) {
      const glyph = glyphs.get(codePoint);
      return glyph === undefined ? undefined : glyphAdvance(glyph);
    },
    shape(text) {
      const chars: string[] = [];
      const ids: number[] = [];
      for (const char of text) {
        const glyph = glyphs.get(char.codePointAt(0)!);
        if (glyph === undefined) continue;
        chars.push(char);
        ids.push(glyph);
      }
      let at = 0;
      const shaped = ligate(ids).map(({ glyph, length }) => {
        const drawn = chars.slice(at, (at += length)).join('');
        return { glyph, text: drawn, advance: glyphAdvance(glyph) };
      });
      for (let i = 0; i + 1 < shaped.length; i++) shaped[i]!.advance += kerning(shaped[i]!.glyph, shaped[i + 1]!.glyph);
      return shaped;
    },
  };
}
