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
import { buildInvertedIndex, decodeInvertedIndex, FIELD, postingDoc, postingFields } from './inverted-index.ts';
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
  /** True when facet counts were wanted but the facet table is not loaded yet (facets is then empty). */
  facetsPending?: boolean;
}

export interface SearchOptions {
  /** Results to return at most (20). */
  limit?: number;
  /** Whether to list facet values with counts (true); a box without facets saves the work. */
  facets?: boolean;
}

/**
 * What the engine reads: the whole index in memory (wholeSource), or the
 * published shards, fetched as searches need them (shards.ts). The engine
 * itself is synchronous; whoever runs it loads what neededWords and the
 * results name before asking.
 */
export interface SearchSource {
  /** How many documents the index has. */
  readonly size: number;
  /** The vocabulary, sorted by code unit. */
  readonly words: readonly string[];
  /** The entities are consecutive in the document list, from this position. */
  readonly entitiesFrom: number;
  readonly entities: readonly SearchDoc[];
  /** A vocabulary word's postings; throws when they are not loaded. */
  postings(word: number): Int32Array;
  /** Words in a document's shortest name or title (for coverage; only asked of documents matched in a title or name). */
  titleWords(doc: number): number;
  /** A document as results show it; throws when it is not loaded. */
  doc(at: number): SearchDoc;
  /** Each document's type (its position in SEARCH_TYPES) and facet entities (positions), or undefined while not loaded. */
  facetTable(): { types: ArrayLike<number>; about: ReadonlyArray<readonly number[]> } | undefined;
  /** Facet counts with no query and no filter, known without the table (SearchBase.browseCounts); optional. */
  browseCounts?(): { types: readonly number[]; entities: readonly number[] };
}

export interface SearchEngine {
  /** How many documents the index has. */
  readonly size: number;
  /** A document by position (loaded, see SearchSource.doc). */
  doc(at: number): SearchDoc;
  /** Position of an entity's document by id. */
  entityAt(id: string): number | undefined;
  /** The vocabulary words whose postings a search needs, by position. */
  neededWords(state: SearchState): number[];
  /** Whether the facet table must be loaded before this search: it filters by facet. */
  needsFacetTable(state: SearchState): boolean;
  search(state: SearchState, options?: SearchOptions): SearchOutcome;
}

/** An engine over a whole index in memory: its documents are all at hand. */
export interface WholeSearchEngine extends SearchEngine {
  readonly docs: readonly SearchDoc[];
}

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

/** The source of a whole index in memory; builds the inverted index from the documents when it has none. */
export function wholeSource(data: SearchIndexData): SearchSource & { docs: readonly SearchDoc[] } {
  const { docs } = data;
  const index = data.inverted ? decodeInvertedIndex(data.inverted) : buildInvertedIndex(docs);
  const entitiesFrom = Math.max(0, docs.findIndex((d) => isEntityType(d.type)));
  let entitiesEnd = entitiesFrom;
  while (entitiesEnd < docs.length && isEntityType(docs[entitiesEnd]!.type)) entitiesEnd++;
  const entities = docs.slice(entitiesFrom, entitiesEnd);
  if (docs.slice(entitiesEnd).some((d) => isEntityType(d.type))) throw new Error('search documents: the entities must be consecutive');
  const titleWords = docs.map((d) => titleWordCount(d));
  const facetTable = {
    types: docs.map((d) => SEARCH_TYPES.indexOf(d.type)),
    about: docs.map((d) => (d.about ?? []).filter((e) => isFacetKind(docs[e]!.type))),
  };
  return {
    docs,
    size: docs.length,
    words: index.words,
    entitiesFrom,
    entities,
    postings: (word) => index.postings[word]!,
    titleWords: (doc) => titleWords[doc]!,
    doc: (at) => docs[at]!,
    facetTable: () => facetTable,
  };
}

/** Words in a document's shortest name or title; at least 1. */
export function titleWordCount(doc: SearchDoc): number {
  return Math.min(...[doc.title, ...(doc.aliases ?? [])].map((n) => searchWords(n).length || 1));
}

/** An engine over a whole index in memory. */
export function createSearchEngine(data: SearchIndexData): WholeSearchEngine {
  const source = wholeSource(data);
  return { ...createEngine(source), docs: source.docs };
}

/** Cached vocabulary matches kept at most; typing asks the same words again and again. */
const MATCH_CACHE = 2000;

/** An engine over a source, whole or sharded. */
export function createEngine(source: SearchSource): SearchEngine {
  const size = source.size;
  const { entities, entitiesFrom } = source;
  const entityDoc = (at: number) => entities[at - entitiesFrom]!;
  const vocabulary = new Vocabulary(source.words, nameVariants(entities));
  const matches = new Map<string, { found: Map<number, number>; viaVariant: Set<number> }>();
  /** Vocabulary words matching a query word, with the words reached only through variants; cached. */
  const matchWord = (word: string) => {
    let cached = matches.get(word);
    if (!cached) {
      if (matches.size >= MATCH_CACHE) matches.clear();
      const viaVariant = new Set<number>();
      cached = { found: vocabulary.match(word, viaVariant), viaVariant };
      matches.set(word, cached);
    }
    return cached;
  };

  const entityAt = new Map<string, number>();
  entities.forEach((d, i) => entityAt.set(d.id, entitiesFrom + i));

  // Entities by each of their names in search form, for exact-name ranking.
  const byName = new Map<string, number[]>();
  entities.forEach((d, i) => {
    for (const name of new Set([d.title, ...(d.aliases ?? [])].map(searchKey))) {
      const list = byName.get(name);
      if (list) list.push(entitiesFrom + i);
      else byName.set(name, [entitiesFrom + i]);
    }
  });
  const namesOfEntities = (list: readonly number[]) => new Set(list.flatMap((e) => [entityDoc(e).title, ...(entityDoc(e).aliases ?? [])].map(searchKey)));

  // Facet values are small numbers: a type's position in SEARCH_TYPES, an entity's position among the entities.
  let facetsOfDoc: DocFacets[] | undefined;
  const facetsOf = (): DocFacets[] | undefined => {
    if (facetsOfDoc) return facetsOfDoc;
    const table = source.facetTable();
    if (!table) return undefined;
    facetsOfDoc = Array.from({ length: size }, (_, i) => {
      const values = Object.fromEntries(ENTITY_FACETS.map((f) => [f, [] as number[]])) as Record<Exclude<Facet, 'type'>, number[]>;
      // An entity is a value of its own facet.
      if (i >= entitiesFrom && i < entitiesFrom + entities.length && isFacetKind(entityDoc(i).type)) values[entityDoc(i).type as Exclude<Facet, 'type'>].push(i - entitiesFrom);
      for (const e of table.about[i]!) values[entityDoc(e).type as Exclude<Facet, 'type'>].push(e - entitiesFrom);
      return { type: [table.types[i]!], ...values };
    });
    return facetsOfDoc;
  };
  const valueSpace = Object.fromEntries(FACETS.map((f) => [f, f === 'type' ? SEARCH_TYPES.length : entities.length])) as Record<Facet, number>;

  /** The state's facet values as numbers; an unknown id becomes -1, which selects nothing. */
  const selectionOf = (state: SearchState): FacetSelection =>
    Object.fromEntries(
      FACETS.map((f) => [f, new Set(f === 'type' ? state.type.map((t) => SEARCH_TYPES.indexOf(t)) : state[f].map((id) => (entityAt.get(id) ?? entitiesFrom - 1) - entitiesFrom))]),
    ) as unknown as FacetSelection;

  const namesOf = (facet: Facet, value: number) =>
    facet === 'type'
      ? { value: SEARCH_TYPES[value]!, label: SEARCH_TYPE_LABEL[SEARCH_TYPES[value]!].many }
      : { value: entities[value]!.id, label: entities[value]!.title };

  // Scratch space for one word's scores, reset after each word through the list of documents it touched.
  const wordScores = new Float64Array(size);
  const wordInTitle = new Uint8Array(size);
  const hits = new Uint8Array(size);
  const titleHits = new Uint8Array(size);

  /**
   * Scores the documents one query word matches into wordScores and
   * wordInTitle (0 where it does not match); returns the documents touched,
   * the vocabulary words it matched, and those it matched through a variant.
   */
  function scoreWord(word: string, minQuality: number): { touched: number[]; matched: string[]; variants: string[] } {
    const touched: number[] = [];
    const matched: string[] = [];
    const { found, viaVariant } = matchWord(word);
    for (const [w, quality] of found) {
      if (quality < minQuality) continue;
      if (!viaVariant.has(w)) matched.push(source.words[w]!);
      const postings = source.postings(w);
      const text = WEIGHT.text * quality;
      // A page concerning an entity this word names scores part of the entity's name match.
      const spread = quality >= CONCERNS_MIN_QUALITY ? quality * WEIGHT.name * CONCERNS : 0;
      for (let p = 0; p < postings.length; p++) {
        const doc = postingDoc(postings[p]!);
        const fields = postingFields(postings[p]!);
        let score = fields & FIELD.name ? WEIGHT.name * quality : fields & FIELD.title ? WEIGHT.title * quality : fields & FIELD.text ? text : 0;
        if (fields & FIELD.concerns && spread > score) score = spread;
        if (score <= 0) continue;
        const before = wordScores[doc]!;
        if (before === 0) touched.push(doc);
        if (score > before) wordScores[doc] = score;
        if (fields & (FIELD.name | FIELD.title)) wordInTitle[doc] = 1;
      }
    }
    return { touched, matched, variants: [...viaVariant].map((w) => source.words[w]!) };
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
   * Work is proportional to the postings read, not to the size of the index.
   */
  function rankWords(asked: readonly string[], minQuality = 0): Ranking {
    const meaningful = asked.filter((w) => !STOP_WORDS.has(w));
    const words = meaningful.length ? meaningful : asked;
    const scores = new Float64Array(size);
    const reached: number[] = [];
    const direct = new Set<string>();
    const variants = new Set<string>();
    let most = 0;
    for (const word of words) {
      const scored = scoreWord(word, minQuality);
      for (const doc of scored.touched) {
        scores[doc] = scores[doc]! + wordScores[doc]!;
        titleHits[doc] = titleHits[doc]! + wordInTitle[doc]!;
        if (hits[doc] === 0) reached.push(doc);
        if (++hits[doc]! > most) most = hits[doc]!;
        wordScores[doc] = 0;
        wordInTitle[doc] = 0;
      }
      for (const w of scored.matched) direct.add(w);
      for (const w of scored.variants) variants.add(w);
    }
    const matched: number[] = [];
    const enough = most > 0 && most * 2 >= words.length;
    for (const doc of reached) {
      if (enough && hits[doc] === most) {
        matched.push(doc);
        if (titleHits[doc]) scores[doc] = scores[doc]! + COVERAGE * Math.min(1, titleHits[doc]! / source.titleWords(doc));
      }
      hits[doc] = 0;
      titleHits[doc] = 0;
    }
    // In index order, as ties are broken by it.
    matched.sort((x, y) => x - y);
    return { matched, scores, words: [...direct], variants: [...variants].filter((w) => !direct.has(w)) };
  }

  /** What all the names of some entities find together: the best score each document gets from any name. */
  const byNames = new Map<string, Ranking>();
  function rankNames(entities: readonly number[]): Ranking {
    const key = entities.join(' ');
    const cached = byNames.get(key);
    if (cached) return cached;
    const names = namesOfEntities(entities);
    const scores = new Float64Array(size);
    const seen = new Uint8Array(size);
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
    for (let doc = 0; doc < size; doc++) if (seen[doc]) matched.push(doc);
    for (const doc of entities) scores[doc] = scores[doc]! + NAMED;
    const ranking = { matched, scores, words: [], variants: [...words] };
    byNames.set(key, ranking);
    return ranking;
  }

  /** Scores of the documents that match the query (all of them when it has no words), and the words matched. */
  function rank(state: SearchState): Ranking & { names: string[] } {
    const words = searchWords(state.q).slice(0, MAX_WORDS);
    if (!words.length) {
      const scores = new Float64Array(size);
      // Browsing: everything, with the pages of the selected entities first.
      for (const id of ENTITY_FACETS.flatMap((f) => state[f])) {
        const at = entityAt.get(id);
        if (at !== undefined) scores[at] = 1;
      }
      return { matched: Array.from({ length: size }, (_, i) => i), scores, words: [], variants: [], names: [] };
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
      names: [...new Set(named.flatMap((e) => searchWords(entityDoc(e).title)))],
    };
  }

  /** Facet counts of every document, from the source's precomputed totals, in applyFacets's form. */
  function browseCounts(): Record<Facet, Int32Array> | undefined {
    const totals = source.browseCounts?.();
    if (!totals) return undefined;
    const counts = Object.fromEntries(FACETS.map((f) => [f, new Int32Array(valueSpace[f])])) as Record<Facet, Int32Array>;
    counts.type.set(totals.types);
    totals.entities.forEach((count, e) => {
      const kind = entities[e]!.type;
      if (isFacetKind(kind)) counts[kind][e] = count;
    });
    return counts;
  }

  /** Query words without the stop words, unless nothing else is left (as rankWords asks them). */
  const asked = (words: readonly string[]) => {
    const meaningful = words.filter((w) => !STOP_WORDS.has(w));
    return meaningful.length ? meaningful : words;
  };

  return {
    size,
    doc: (at) => source.doc(at),
    entityAt: (id) => entityAt.get(id),
    neededWords(state) {
      // The words rank() will read, found as it finds them: the query's words, then the names of an entity it names.
      const needed = new Set<number>();
      const add = (words: readonly string[], minQuality: number) => {
        for (const word of asked(words)) for (const [w, quality] of matchWord(word).found) if (quality >= minQuality) needed.add(w);
      };
      const words = searchWords(state.q).slice(0, MAX_WORDS);
      if (!words.length) return [];
      add(words, 0);
      const named = byName.get(searchKey(state.q));
      if (named) for (const name of namesOfEntities(named)) add(name.split(' ').slice(0, MAX_WORDS), WHOLE_NAME_QUALITY);
      return [...needed];
    },
    needsFacetTable: (state) => FACETS.some((f) => state[f].length > 0),
    search(state, { limit = 20, facets: withFacets = true } = {}) {
      const { matched, scores, words, variants, names } = rank(state);
      const selection = selectionOf(state);
      const table = facetsOf();
      if (!table && FACETS.some((f) => selection[f].size > 0)) throw new Error('search: the facet table must be loaded to filter by facet');
      // Without the facet table (and so without filters), every match is kept and counts wait for the table, unless nothing is asked.
      const { kept, counts } = table
        ? applyFacets(matched, (doc) => table[doc]!, selection, valueSpace)
        : { kept: matched, counts: matched.length === size ? browseCounts() : undefined };
      const facets = withFacets && counts ? facetGroups(counts, selection, namesOf, MAX_FACET_VALUES) : [];
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
        ...(withFacets && !counts ? { facetsPending: true } : {}),
      };
    },
  };
}
