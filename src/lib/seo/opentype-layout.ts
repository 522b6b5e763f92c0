/**
 * The two OpenType layout features a Latin or Cyrillic card needs to match
 * what a shaping renderer draws: pair kerning (GPOS `kern`, lookup type 2)
 * and standard ligatures (GSUB `liga`, lookup type 4), both also reached
 * through extension lookups. Everything else in those tables (marks,
 * contextual forms, other scripts' features) is left out: a card's text is
 * set in one font, left to right, and the tests hold the result to resvg's.
 *
 * Offsets follow the OpenType specification's table layouts; every reader
 * takes the DataView of the whole font and an absolute offset.
 */

type Table = { offset: number };

/** Glyph id → coverage index, or undefined when the glyph is not covered. */
function readCoverage(view: DataView, at: number): Map<number, number> {
  const covered = new Map<number, number>();
  const format = view.getUint16(at);
  if (format === 1) {
    const count = view.getUint16(at + 2);
    for (let i = 0; i < count; i++) covered.set(view.getUint16(at + 4 + i * 2), i);
  } else if (format === 2) {
    const ranges = view.getUint16(at + 2);
    for (let r = 0; r < ranges; r++) {
      const base = at + 4 + r * 6;
      const start = view.getUint16(base);
      const end = view.getUint16(base + 2);
      const first = view.getUint16(base + 4);
      for (let g = start; g <= end; g++) covered.set(g, first + g - start);
    }
  }
  return covered;
}

/** Glyph id → class; glyphs not listed are class 0, as the specification says. */
function readClassDef(view: DataView, at: number): (glyph: number) => number {
  const classes = new Map<number, number>();
  const format = view.getUint16(at);
  if (format === 1) {
    const start = view.getUint16(at + 2);
    const count = view.getUint16(at + 4);
    for (let i = 0; i < count; i++) classes.set(start + i, view.getUint16(at + 6 + i * 2));
  } else if (format === 2) {
    const ranges = view.getUint16(at + 2);
    for (let r = 0; r < ranges; r++) {
      const base = at + 4 + r * 6;
      const end = view.getUint16(base + 2);
      for (let g = view.getUint16(base); g <= end; g++) classes.set(g, view.getUint16(base + 4));
    }
  }
  return (glyph) => classes.get(glyph) ?? 0;
}

/** The lookups a feature (e.g. `kern`) points to, in lookup-list order, in any script. */
function featureLookups(view: DataView, table: Table, tag: string): number[] {
  const featureList = table.offset + view.getUint16(table.offset + 6);
  const count = view.getUint16(featureList);
  const lookups = new Set<number>();
  for (let i = 0; i < count; i++) {
    const record = featureList + 2 + i * 6;
    const recordTag = String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k)));
    if (recordTag !== tag) continue;
    const feature = featureList + view.getUint16(record + 4);
    const indices = view.getUint16(feature + 2);
    for (let k = 0; k < indices; k++) lookups.add(view.getUint16(feature + 4 + k * 2));
  }
  return [...lookups].sort((a, b) => a - b);
}

/** The subtables of a lookup as [type, absolute offset], extension lookups unwrapped. */
function lookupSubtables(view: DataView, table: Table, index: number, extensionType: number): Array<[number, number]> {
  const lookupList = table.offset + view.getUint16(table.offset + 8);
  const lookup = lookupList + view.getUint16(lookupList + 2 + index * 2);
  const type = view.getUint16(lookup);
  const count = view.getUint16(lookup + 4);
  const subtables: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    const at = lookup + view.getUint16(lookup + 6 + i * 2);
    if (type === extensionType) subtables.push([view.getUint16(at + 2), at + view.getUint32(at + 4)]);
    else subtables.push([type, at]);
  }
  return subtables;
}

function bitCount(value: number): number {
  let bits = 0;
  for (let v = value; v; v >>= 1) bits += v & 1;
  return bits;
}

/** Where XAdvance sits in a value record of this format, or -1 when it has none. */
function xAdvanceAt(valueFormat: number): number {
  return valueFormat & 0x0004 ? 2 * bitCount(valueFormat & 0x0003) : -1;
}

/** Kerning of a glyph pair in design units: the sum over every `kern` lookup, each taking its first subtable that covers the pair. */
export type Kerning = (left: number, right: number) => number;

/** Pair adjustment: a subtable's answer for a pair, or undefined when the subtable does not apply. */
type PairRule = (left: number, right: number) => number | undefined;

function readPairPos(view: DataView, at: number): PairRule | undefined {
  const format = view.getUint16(at);
  const coverage = readCoverage(view, at + view.getUint16(at + 2));
  const valueFormat1 = view.getUint16(at + 4);
  const valueFormat2 = view.getUint16(at + 6);
  const advanceAt = xAdvanceAt(valueFormat1);
  const size1 = 2 * bitCount(valueFormat1);
  const size2 = 2 * bitCount(valueFormat2);
  if (format === 1) {
    const pairs = new Map<number, Map<number, number>>();
    for (const [glyph, index] of coverage) {
      const set = at + view.getUint16(at + 10 + index * 2);
      const count = view.getUint16(set);
      const seconds = new Map<number, number>();
      for (let i = 0; i < count; i++) {
        const record = set + 2 + i * (2 + size1 + size2);
        seconds.set(view.getUint16(record), advanceAt < 0 ? 0 : view.getInt16(record + 2 + advanceAt));
      }
      pairs.set(glyph, seconds);
    }
    return (left, right) => pairs.get(left)?.get(right);
  }
  if (format === 2) {
    const class1 = readClassDef(view, at + view.getUint16(at + 8));
    const class2 = readClassDef(view, at + view.getUint16(at + 10));
    const class1Count = view.getUint16(at + 12);
    const class2Count = view.getUint16(at + 14);
    const records = at + 16;
    const recordSize = size1 + size2;
    return (left, right) => {
      if (!coverage.has(left)) return undefined;
      const c1 = class1(left);
      const c2 = class2(right);
      if (c1 >= class1Count || c2 >= class2Count) return undefined;
      return advanceAt < 0 ? 0 : view.getInt16(records + (c1 * class2Count + c2) * recordSize + advanceAt);
    };
  }
  return undefined;
}

/** Pair kerning from a font's GPOS table (see the top of this file). */
export function readKerning(view: DataView, gpos: Table | undefined): Kerning {
  if (!gpos) return () => 0;
  const lookups = featureLookups(view, gpos, 'kern').map((index) =>
    lookupSubtables(view, gpos, index, 9)
      .filter(([type]) => type === 2)
      .map(([, at]) => readPairPos(view, at))
      .filter((rule): rule is PairRule => rule !== undefined),
  );
  const known = new Map<number, number>();
  return (left, right) => {
    const key = left * 0x10000 + right;
    let units = known.get(key);
    if (units === undefined) {
      units = 0;
      for (const rules of lookups) {
        for (const rule of rules) {
          const found = rule(left, right);
          if (found !== undefined) {
            units += found;
            break;
          }
        }
      }
      known.set(key, units);
    }
    return units;
  };
}

/** A ligature: the glyphs after the first that it replaces, and the glyph it becomes. */
interface Ligature {
  rest: number[];
  glyph: number;
}

/** Replaces runs of glyphs by their standard ligatures; returns, per output glyph, how many input glyphs it stands for. */
export type Ligate = (glyphs: readonly number[]) => Array<{ glyph: number; length: number }>;

/** Standard ligatures from a font's GSUB table, applied lookup by lookup, longest match first. */
export function readLigatures(view: DataView, gsub: Table | undefined): Ligate {
  const lookups: Array<Map<number, Ligature[]>> = [];
  if (gsub) {
    for (const index of featureLookups(view, gsub, 'liga')) {
      const byFirst = new Map<number, Ligature[]>();
      for (const [type, at] of lookupSubtables(view, gsub, index, 7)) {
        if (type !== 4 || view.getUint16(at) !== 1) continue;
        const coverage = readCoverage(view, at + view.getUint16(at + 2));
        for (const [first, setIndex] of coverage) {
          if (byFirst.has(first)) continue;
          const set = at + view.getUint16(at + 6 + setIndex * 2);
          const ligatures: Ligature[] = [];
          for (let i = 0, n = view.getUint16(set); i < n; i++) {
            const ligature = set + view.getUint16(set + 2 + i * 2);
            const components = view.getUint16(ligature + 2);
            const rest = Array.from({ length: components - 1 }, (_, k) => view.getUint16(ligature + 4 + k * 2));
            ligatures.push({ rest, glyph: view.getUint16(ligature) });
          }
          // The font lists them in order of preference; a longer one is tried before its prefix.
          byFirst.set(first, ligatures.sort((a, b) => b.rest.length - a.rest.length));
        }
      }
      lookups.push(byFirst);
    }
  }
  return (glyphs) => {
    let run = glyphs.map((glyph) => ({ glyph, length: 1 }));
    for (const byFirst of lookups) {
      const next: typeof run = [];
      for (let i = 0; i < run.length; i++) {
        const match = byFirst
          .get(run[i]!.glyph)
          ?.find(({ rest }) => rest.every((glyph, k) => run[i + 1 + k]?.glyph === glyph));
        if (!match) {
          next.push(run[i]!);
          continue;
        }
        const parts = run.slice(i, i + 1 + match.rest.length);
        next.push({ glyph: match.glyph, length: parts.reduce((sum, part) => sum + part.length, 0) });
        i += match.rest.length;
      }
      run = next;
    }
    return run;
  };
}
