/**
 * The search engine: ranks the documents of a search index for a query, then
 * narrows and counts them by facet. Pure and synchronous; the browser runs it
 * in a Web Worker, tests run it directly.
 *
 * Ranking, in order of strength:
 * 1. An entity whose name or an alias is exactly the query (in search form)
 *    comes first, so "Токаев", "Tokaev" and "Kirghizia" open their entity.
 * 2. Each query word scores every document by its best matching word: the
 *    quality of the match (exact, begun, fuzzy) times the weight of the field
 *    (entity names, then titles, then text). A document must match every
 *    query word; when none does, those matching the most words are shown.
 * 3. A page that concerns an entity whose name matches a query word scores
 *    for that word as well, more weakly, so "Tokaev" also finds the digests
 *    about him that spell him differently or not at all.
 * 4. A title the query covers more of ranks above one it covers less, so a
 *    dispute titled by the query's words is not buried under long digests.
 * Ties keep index order: digests newest first, then entities.
 *
 * Every name of an entity finds the same results: a query that is exactly
 * one of its names is answered with what all of its names find together,
 * and words that spell the same name differently ("ШОС" and "SCO") match as
 * one (see nameVariants).
 */
import { applyFacets, type DocFacets, type FacetGroup, facetGroups, type FacetSelection } from './facets.ts';
import { searchKey, searchWords } from './fold.ts';
import { buildInvertedIndex, decodeInvertedIndex, FIELD, mergeInvertedIndexes, postingDoc, postingFields } from './inverted-index.ts';
import { isEntityType, SEARCH_TYPE_LABEL, SEARCH_TYPES, type SearchDoc, type SearchIndexData } from './types.ts';
import { ENTITY_FACETS, type Facet, FACETS, isFacetKind } from './facet-list.ts';
import type { SearchState } from './url-state.ts';
import { Vocabulary } from './vocabulary.ts';

/** Weight of a match in an entity's name or alias, a title, and any other text. */
const WEIGHT = { name: 4, title: 3, text: 1 };
/** Share of an entity's name match a page that concerns the entity receives. */
const CONCERNS = 0.5;
/** Name matches weaker than this (fuzzy ones) do not spread to the pages concerning the entity. */
const CONCERNS_MIN_QUALITY = 0.6;
/** Added for an entity named exactly by the query: more than any sum of word scores. */
const NAMED = 1000;
/** Added at most for a title or name the query covers entirely; less than a field's weight, so it only orders close scores. */
const COVERAGE = 0.9;
/**
 * English words that carry no subject: a question such as "did China offer
 * Kazakhstan help" is asked without them, unless the query has nothing else.
 */
const STOP_WORDS = new Set(
  'a an and are as at be by did do does for from had has have how in is it its of on or the to was were what when where which who why will with'.split(' '),
);
/** Matches weaker than this (begun words, typos) do not count for the names a query is answered with. */
const WHOLE_NAME_QUALITY = 0.95;
/** Query words beyond this many are ignored. */
const MAX_WORDS = 8;
/** Values listed per facet at most (besides selected ones); typing narrows the rest. */
const MAX_FACET_VALUES = 50;

export interface RankedDoc {
  /** Position in the index's document list. */
  doc: number;
  score: number;
}

export interface SearchOutcome {
  /** The query as asked. */
  query: string;
  /** How many documents match query and facets. */
  total: number;
  /** The best `limit` documents, best first. */
  results: RankedDoc[];
  /** Vocabulary words the query matched as typed, in search form, for highlighting. */
  words: string[];
  /** Vocabulary words it matched through another spelling of a name ("sco" for "ШОС"), highlighted as well. */
  variants: string[];
  /** Words of the name of the entity the query names exactly, highlighted as well. */
  names: string[];
  facets: FacetGroup[];
}

export interface SearchOptions {
  /** Results to return at most (20). */
  limit?: number;
  /** Whether to list facet values with counts (true); a box without facets saves the work. */
  facets?: boolean;
}

export interface SearchEngine {
  readonly docs: readonly SearchDoc[];
  /** Position of an entity's document by id. */
  entityAt(id: string): number | undefined;
  search(state: SearchState, options?: SearchOptions): SearchOutcome;
}

const fieldWeight = (fields: number) => (fields & FIELD.name ? WEIGHT.name : fields & FIELD.title ? WEIGHT.title : WEIGHT.text);

/**
 * The `limit` documents with the highest scores, best first; ties go to the
 * earlier document. Keeps a short sorted list instead of sorting every match.
 */
export function best(docs: readonly number[], scores: ArrayLike<number>, limit: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (const doc of docs) {
    if (top.length === limit && !before(doc, top[top.length - 1]!)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(top[mid]!, doc)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, doc);
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * Words that spell the same name differently, grouped: all one-word names of
 * an entity ("SCO", "ШОС" → "sco", "shos"), and the one differing word of two
 * names of an entity that differ in one word only ("Kassym-Jomart Tokayev"
 * and "Kassym-Jomart Tokaev" → "tokayev", "tokaev"). Every word maps to the
 * others of its group.
 */
export function nameVariants(docs: readonly SearchDoc[]): Map<string, string[]> {
  const groups = new Map<string, Set<string>>();
  const join = (a: string, b: string) => {
    if (a === b) return;
    const merged = new Set([...(groups.get(a) ?? [a]), ...(groups.get(b) ?? [b])]);
    for (const w of merged) groups.set(w, merged);
  };
  for (const doc of docs) {
    if (!isEntityType(doc.type)) continue;
    const names = [...new Map([doc.title, ...(doc.aliases ?? [])].map((n) => [searchKey(n), searchWords(n)])).values()];
    const single = names.filter((n) => n.length === 1).map((n) => n[0]!);
    for (const word of single.slice(1)) join(single[0]!, word);
    for (let a = 0; a < names.length; a++) {
      for (let b = a + 1; b < names.length; b++) {
        const [x, y] = [names[a]!, names[b]!];
        if (x.length < 2 || x.length !== y.length) continue;
        const differ = x.flatMap((w, i) => (w === y[i] ? [] : [i]));
        if (differ.length === 1) join(x[differ[0]!]!, y[differ[0]!]!);
      }
    }
  }
  return new Map([...groups].map(([word, group]) => [word, [...group].filter((w) => w !== word)]));
}

/**
 * An engine over a search index, and over its claims part when given (see
 * searchIndexParts); builds an inverted index from the documents when a part has none.
 */
export function createSearchEngine(data: SearchIndexData, claims?: SearchIndexData): SearchEngine {
  const docs = claims ? [...data.docs, ...claims.docs] : data.docs;
  const indexOf = (part: SearchIndexData, offset: number) => (part.inverted ? decodeInvertedIndex(part.inverted) : buildInvertedIndex(part.docs, offset));
  const index = claims ? mergeInvertedIndexes(indexOf(data, 0), indexOf(claims, data.docs.length)) : indexOf(data, 0);
  const vocabulary = new Vocabulary(index.words, nameVariants(docs));
  // How many words each title (or an entity's shortest name) has, for coverage.
  const titleLength = docs.map((d) => Math.min(...[d.title, ...(d.aliases ?? [])].map((n) => searchWords(n).length || 1)));

  const entityAt = new Map<string, number>();
  docs.forEach((d, i) => isEntityType(d.type) && entityAt.set(d.id, i));

  // Every page that concerns each entity, for spreading name matches.
  const concernedBy = new Map<number, number[]>();
  docs.forEach((d, i) => {
    for (const e of d.about ?? []) {
      const list = concernedBy.get(e);
      if (list) list.push(i);
      else concernedBy.set(e, [i]);
    }
  });

  // Entities by each of their names in search form, for exact-name ranking.
  const byName = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (!isEntityType(d.type)) return;
    for (const name of new Set([d.title, ...(d.aliases ?? [])].map(searchKey))) {
      const list = byName.get(name);
      if (list) list.push(i);
      else byName.set(name, [i]);
    }
  });

  // Facet values are numbers: a type's position in SEARCH_TYPES, an entity's document position.
  const facetsOfDoc: DocFacets[] = docs.map((d, i) => {
    const values = Object.fromEntries(ENTITY_FACETS.map((f) => [f, [] as number[]])) as Record<Exclude<Facet, 'type'>, number[]>;
    for (const e of [i, ...(d.about ?? [])]) {
      const type = docs[e]!.type;
      if (isFacetKind(type)) values[type].push(e);
    }
    return { type: [SEARCH_TYPES.indexOf(d.type)], ...values };
  });
  const valueSpace = Object.fromEntries(FACETS.map((f) => [f, f === 'type' ? SEARCH_TYPES.length : docs.length])) as Record<Facet, number>;

  /** The state's facet values as numbers; an unknown id becomes -1, which selects nothing. */
  const selectionOf = (state: SearchState): FacetSelection =>
    Object.fromEntries(
      FACETS.map((f) => [f, new Set(f === 'type' ? state.type.map((t) => SEARCH_TYPES.indexOf(t)) : state[f].map((id) => entityAt.get(id) ?? -1))]),
    ) as unknown as FacetSelection;

  const namesOf = (facet: Facet, value: number) =>
    facet === 'type'
      ? { value: SEARCH_TYPES[value]!, label: SEARCH_TYPE_LABEL[SEARCH_TYPES[value]!].many }
      : { value: docs[value]!.id, label: docs[value]!.title };

  /**
   * Each document's score for one query word (0 where it does not match), the
   * documents whose title or name it matched, and the vocabulary words it matched.
   */
  function scoreWord(word: string, minQuality: number): { scores: Float64Array; inTitle: Uint8Array; matched: string[]; variants: string[] } {
    const scores = new Float64Array(docs.length);
    const inTitle = new Uint8Array(docs.length);
    const nameQuality = new Map<number, number>();
    const matched: string[] = [];
    const viaVariant = new Set<number>();
    for (const [w, quality] of vocabulary.match(word, viaVariant)) {
      if (quality < minQuality) continue;
      if (!viaVariant.has(w)) matched.push(index.words[w]!);
      const postings = index.postings[w]!;
      for (let p = 0; p < postings.length; p++) {
        const doc = postingDoc(postings[p]!);
        const fields = postingFields(postings[p]!);
        const score = quality * fieldWeight(fields);
        if (score > scores[doc]!) scores[doc] = score;
        if (fields & (FIELD.name | FIELD.title)) inTitle[doc] = 1;
        if (fields & FIELD.name && quality >= CONCERNS_MIN_QUALITY && quality > (nameQuality.get(doc) ?? 0)) nameQuality.set(doc, quality);
      }
    }
    for (const [entity, quality] of nameQuality) {
      const spread = quality * WEIGHT.name * CONCERNS;
      for (const doc of concernedBy.get(entity) ?? []) if (spread > scores[doc]!) scores[doc] = spread;
    }
    return { scores, inTitle, matched, variants: [...viaVariant].map((w) => index.words[w]!) };
  }

  interface Ranking {
    matched: number[];
    scores: Float64Array;
    /** Vocabulary words the query's own spelling matched. */
    words: string[];
    /** Vocabulary words matched only through another spelling of a name. */
    variants: string[];
  }

  /**
   * The documents that match every word (or failing that, the most words, if
   * at least half), with scores. Stop words are left out when others remain.
   */
  function rankWords(asked: readonly string[], minQuality = 0): Ranking {
    const meaningful = asked.filter((w) => !STOP_WORDS.has(w));
    const words = meaningful.length ? meaningful : asked;
    const scores = new Float64Array(docs.length);
    const perWord = words.map((w) => scoreWord(w, minQuality));
    const hits = new Uint8Array(docs.length);
    const titleHits = new Uint8Array(docs.length);
    let most = 0;
    for (const { scores: wordScores, inTitle } of perWord) {
      for (let doc = 0; doc < docs.length; doc++) {
        const s = wordScores[doc]!;
        if (s > 0) {
          scores[doc] = scores[doc]! + s;
          titleHits[doc] = titleHits[doc]! + inTitle[doc]!;
          if (++hits[doc]! > most) most = hits[doc]!;
        }
      }
    }
    const matched: number[] = [];
    if (most > 0 && most * 2 >= words.length) {
      for (let doc = 0; doc < docs.length; doc++) {
        if (hits[doc] !== most) continue;
        matched.push(doc);
        scores[doc] = scores[doc]! + COVERAGE * Math.min(1, titleHits[doc]! / titleLength[doc]!);
      }
    }
    const direct = new Set(perWord.flatMap((w) => w.matched));
    return { matched, scores, words: [...direct], variants: [...new Set(perWord.flatMap((w) => w.variants))].filter((w) => !direct.has(w)) };
  }

  /** What all the names of some entities find together: the best score each document gets from any name. */
  const byNames = new Map<string, Ranking>();
  function rankNames(entities: readonly number[]): Ranking {
    const key = entities.join(' ');
    const cached = byNames.get(key);
    if (cached) return cached;
    const names = new Set(entities.flatMap((e) => [docs[e]!.title, ...(docs[e]!.aliases ?? [])].map(searchKey)));
    const scores = new Float64Array(docs.length);
    const seen = new Uint8Array(docs.length);
    const words = new Set<string>();
    for (const name of names) {
      const nameWords = name.split(' ').slice(0, MAX_WORDS);
      // A name is whole, not being typed: its words match as written, in other forms or spellings, not as beginnings.
      const ranking = rankWords(nameWords, WHOLE_NAME_QUALITY);
      for (const doc of ranking.matched) {
        seen[doc] = 1;
        // Per word, so a long name's sum does not outweigh a short one's.
        const score = ranking.scores[doc]! / nameWords.length;
        if (score > scores[doc]!) scores[doc] = score;
      }
      for (const w of [...ranking.words, ...ranking.variants]) words.add(w);
    }
    const matched: number[] = [];
    for (let doc = 0; doc < docs.length; doc++) if (seen[doc]) matched.push(doc);
    for (const doc of entities) scores[doc] = scores[doc]! + NAMED;
    const ranking = { matched, scores, words: [], variants: [...words] };
    byNames.set(key, ranking);
    return ranking;
  }

  /** Scores of the documents that match the query (all of them when it has no words), and the words matched. */
  function rank(state: SearchState): Ranking & { names: string[] } {
    const words = searchWords(state.q).slice(0, MAX_WORDS);
    if (!words.length) {
      const scores = new Float64Array(docs.length);
      // Browsing: everything, with the pages of the selected entities first.
      for (const id of ENTITY_FACETS.flatMap((f) => state[f])) {
        const at = entityAt.get(id);
        if (at !== undefined) scores[at] = 1;
      }
      return { matched: docs.map((_, i) => i), scores, words: [], variants: [], names: [] };
    }
    const own = rankWords(words);
    // The whole query, repeated words and all, so "One Belt One Road" and long official names are recognized.
    const named = byName.get(searchKey(state.q));
    if (!named) return { ...own, names: [] };
    const all = rankNames(named);
    const direct = new Set(own.words);
    return {
      ...all,
      words: own.words,
      variants: all.variants.filter((w) => !direct.has(w)),
      // The named entity's own name is marked too: "Фридония" marks "Freedonia" wherever it appears.
      names: [...new Set(named.flatMap((e) => searchWords(docs[e]!.title)))],
    };
  }

  return {
    docs,
    entityAt: (id) => entityAt.get(id),
    search(state, { limit = 20, facets: withFacets = true } = {}) {
      const { matched, scores, words, variants, names } = rank(state);
      const selection = selectionOf(state);
      const { kept, counts } = applyFacets(matched, (doc) => facetsOfDoc[doc]!, selection, valueSpace);
      const facets = withFacets ? facetGroups(counts, selection, namesOf, MAX_FACET_VALUES) : [];
      // A selected id the index does not know still shows, with nothing under it.
      for (const group of facets) {
        for (const value of state[group.facet]) {
          if (!group.values.some((v) => v.value === value)) group.values.push({ value, label: value, count: 0, selected: true });
        }
      }
      return {
        query: state.q,
        total: kept.length,
        results: best(kept, scores, limit).map((doc) => ({ doc, score: scores[doc]! })),
        words,
        variants,
        names,
        facets,
      };
    },
  };
}
