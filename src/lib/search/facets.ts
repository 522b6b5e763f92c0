/**
 * Facets: narrowing results by type and by the entities they concern (the
 * facet list is facet-list.ts). Values of one
 * facet combine with OR, facets with AND. Each value's count is the number of
 * results the reader would get by ticking it (or has, once ticked): results
 * are counted under every facet's selection except that facet's own.
 *
 * Facet values are small integers (the engine uses document positions and
 * type numbers), so counting a few thousand results is array arithmetic.
 */
import { type Facet, FACETS } from './facet-list.ts';

/** The values a document has under each facet. */
export type DocFacets = Readonly<Record<Facet, ArrayLike<number>>>;

/** The selected values of each facet; an empty set selects nothing and filters nothing. */
export type FacetSelection = Readonly<Record<Facet, ReadonlySet<number>>>;

export interface FacetOutcome {
  /** The documents that pass every facet, in the order given. */
  kept: number[];
  /** For each facet, how many documents each value (the index) would give. */
  counts: Record<Facet, Int32Array>;
}

function hasAny(values: ArrayLike<number>, wanted: ReadonlySet<number>): boolean {
  for (let i = 0; i < values.length; i++) if (wanted.has(values[i]!)) return true;
  return false;
}

function addCounts(counts: Int32Array, values: ArrayLike<number>) {
  for (let i = 0; i < values.length; i++) counts[values[i]!]!++;
}

/**
 * Filters matched documents by the selection and counts every facet's
 * values; `valueSpace` bounds each facet's values (they index the counts).
 */
export function applyFacets(
  matched: Iterable<number>,
  facetsOf: (doc: number) => DocFacets,
  selection: FacetSelection,
  valueSpace: Readonly<Record<Facet, number>>,
): FacetOutcome {
  const active = FACETS.filter((f) => selection[f].size > 0);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Int32Array(valueSpace[f])])) as FacetOutcome['counts'];
  const kept: number[] = [];
  for (const doc of matched) {
    const values = facetsOf(doc);
    let failed: Facet | undefined;
    let failures = 0;
    for (let f = 0; f < active.length && failures < 2; f++) {
      const facet = active[f]!;
      if (!hasAny(values[facet], selection[facet])) {
        failed = facet;
        failures++;
      }
    }
    if (failures === 0) {
      kept.push(doc);
      for (const facet of FACETS) addCounts(counts[facet], values[facet]);
    } else if (failures === 1) {
      // Fails only this facet: ticking one of its values would bring it in.
      addCounts(counts[failed!], values[failed!]);
    }
  }
  return { kept, counts };
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  facet: Facet;
  values: FacetValue[];
}

/** How a facet value is named in URLs and on screen. */
export interface FacetValueNames {
  value: string;
  label: string;
}

/**
 * The values to offer under each facet: the `limit` with most results, and
 * those selected even without any. Types keep their order; other values go
 * by count, then name.
 */
export function facetGroups(
  counts: FacetOutcome['counts'],
  selection: FacetSelection,
  namesOf: (facet: Facet, value: number) => FacetValueNames,
  limit = Infinity,
): FacetGroup[] {
  return FACETS.map((facet) => {
    const list: FacetValue[] = [];
    counts[facet].forEach((count, value) => {
      const selected = selection[facet].has(value);
      if (count > 0 || selected) list.push({ ...namesOf(facet, value), count, selected });
    });
    if (facet !== 'type') list.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
    return { facet, values: list.filter((v, i) => i < limit || v.selected) };
  });
}
