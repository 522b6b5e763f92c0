/**
 * Finds the entities a source text mentions, the way search would: every
 * name and alias and the text itself are reduced to their search form
 * (src/lib/search/fold.ts), so "Токаев", "ШОС", "Kirghizia" and "习近平"
 * meet the entities that list them as aliases. Capitalized names that match
 * nothing are returned as candidates for new entity files.
 */
import { isUnspacedScript, mappedSearchForm, searchKey } from '../search/fold.ts';

/** An entity as the finder sees it: its id, kind and every name it goes by. */
export interface KnownEntity {
  id: string;
  /** The entity's kind, e.g. "country"; carried through to the matches. */
  kind: string;
  /** The name and aliases, in any script. */
  names: readonly string[];
}

/** An entity found in the text. */
export interface FoundEntity {
  id: string;
  kind: string;
  /** How many times any of its names occurs. */
  count: number;
  /** The sentence of its first occurrence, on one line. */
  sentence: string;
  /** Offset of the first occurrence in the text. */
  at: number;
}

/** A capitalized name that matches no entity. */
export interface CandidateName {
  name: string;
  count: number;
  sentence: string;
  at: number;
}

export interface FoundInText {
  /** In order of first occurrence. */
  entities: FoundEntity[];
  /** Most frequent first, then in order of first occurrence. */
  candidates: CandidateName[];
}

interface Alias {
  entity: KnownEntity;
  words: string[];
  /** Written in capitals ("SCO", "ШОС"): matches only where the text is in capitals too, so "US" is not "us". */
  capitals: boolean;
}

const CAPITALS_ONLY = /^[\p{Lu}\p{N}.&\s-]+$/u;
const LOWERCASE = /\p{Ll}/u;

/** One name as the words it folds to, or nothing for a name with no letters. */
function aliasOf(entity: KnownEntity, name: string): Alias | undefined {
  const words = searchKey(name).split(' ').filter(Boolean);
  if (!words.length) return undefined;
  return { entity, words, capitals: CAPITALS_ONLY.test(name) && LOWERCASE.test(name.toLowerCase()) };
}

/** A word of the text and where its letters came from in the original. */
interface Token {
  word: string;
  start: number;
  end: number;
}

function tokenize(text: string): { tokens: Token[]; form: string; start: number[]; end: number[] } {
  const { form, start, end } = mappedSearchForm(text);
  const tokens: Token[] = [];
  for (const m of form.matchAll(/[\p{L}\p{N}]+/gu)) {
    const last = m.index + m[0].length - 1;
    tokens.push({ word: m[0], start: start[m.index]!, end: end[last]! });
  }
  return { tokens, form, start, end };
}

/** "revolutions" is a mention of "revolution": the last word of a name may take a plural ending. */
const sameWord = (text: string, name: string, last: boolean) =>
  text === name || (last && name.length > 3 && (text === `${name}s` || text === `${name}es`));

/** Sentence boundaries: end punctuation followed by space, or a line break. */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const starts = [...before.matchAll(/[.!?。！？]["”’)]*\s+|\n/gu)];
  const from = starts.length ? starts.at(-1)!.index + starts.at(-1)![0].length : 0;
  const after = /[.!?。！？]["”’)]*(?=\s|$)|\n/u.exec(text.slice(at));
  const to = after ? at + after.index + after[0].length : text.length;
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
}

/** Words that start sentences and headings without being names. */
const NOT_NAMES = new Set(
  'a an and as at but by for from he her his however i if in it its leave more most no not of on or our please read she so such that the their there these they this those to was we what when where which while who why with yet you your'.split(' '),
);

const SENTENCE_START = /(?:^|[.!?:>"“‘(]\s*|\n\s*)$/u;

const NAME_RUN = /\p{Lu}[\p{L}\p{M}’'.-]*(?:[ \t]+(?:(?:of|the|de|al|ul|for)[ \t]+)*\p{Lu}[\p{L}\p{M}’'.-]*)*/gu;

/** Finds known entities and unknown capitalized names in a source text. */
export function findEntities(text: string, known: readonly KnownEntity[]): FoundInText {
  const spaced = new Map<string, Alias[]>();
  const unspaced: Alias[] = [];
  const stems: string[] = [];
  for (const entity of known) {
    for (const name of new Set([...entity.names, entity.id.replaceAll('-', ' ')])) {
      const alias = aliasOf(entity, name);
      if (!alias) continue;
      if (alias.words.length === 1 && isUnspacedScript(alias.words[0]!)) unspaced.push(alias);
      else spaced.set(alias.words[0]!, [...(spaced.get(alias.words[0]!) ?? []), alias]);
      stems.push(...alias.words.filter((w) => w.length >= 4));
    }
  }

  const { tokens, form, start, end } = tokenize(text);
  const hits: Array<{ entity: KnownEntity; start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; ) {
    // Every entity named from here counts ("UN peacekeeping" names the UN too); the longest name is skipped over.
    const here = new Map<string, { entity: KnownEntity; n: number }>();
    for (const alias of spaced.get(tokens[i]!.word) ?? []) {
      const n = alias.words.length;
      if (i + n > tokens.length || (here.get(alias.entity.id)?.n ?? 0) >= n) continue;
      if (!alias.words.every((w, k) => sameWord(tokens[i + k]!.word, w, k === n - 1))) continue;
      if (alias.capitals && LOWERCASE.test(text.slice(tokens[i]!.start, tokens[i + n - 1]!.end))) continue;
      here.set(alias.entity.id, { entity: alias.entity, n });
    }
    if (!here.size) {
      i++;
      continue;
    }
    for (const { entity, n } of here.values()) hits.push({ entity, start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
    i += Math.max(...[...here.values()].map((h) => h.n));
  }
  // Unspaced scripts have no word boundaries to wait for: the name matches inside a longer run.
  for (const alias of unspaced) {
    const needle = alias.words[0]!;
    for (let at = form.indexOf(needle); at !== -1; at = form.indexOf(needle, at + needle.length)) {
      hits.push({ entity: alias.entity, start: start[at]!, end: end[at + needle.length - 1]! });
    }
  }
  hits.push(...looseHits(text, tokens, known, new Set(hits.map((h) => h.entity.id))));
  hits.sort((a, b) => a.start - b.start);

  const found = new Map<string, FoundEntity>();
  for (const hit of hits) {
    const seen = found.get(hit.entity.id);
    if (seen) seen.count++;
    else found.set(hit.entity.id, { id: hit.entity.id, kind: hit.entity.kind, count: 1, sentence: sentenceAround(text, hit.start), at: hit.start });
  }

  return { entities: [...found.values()], candidates: candidateNames(text, hits, stems) };
}

/** Words too common to tell a name apart; left out when matching a name word by word. */
const FILLER = new Set('a an and the of in on for to with by at as from its s'.split(' '));
/** Long enough a word start to stand for the word: "chinese" and "china", "outposts" and "outpost". */
const STEM = 4;
const stem = (word: string) => word.slice(0, STEM);

/**
 * Names of two or more words besides fillers (topics, mostly) that a source
 * rarely writes out in full: found when every word of the name, by its first
 * letters, occurs in one sentence ("influence … Russia … Central Asia").
 * Such a match spans no text, so it hides no candidate name.
 */
function looseHits(text: string, tokens: readonly Token[], known: readonly KnownEntity[], already: ReadonlySet<string>) {
  const sentences: Array<{ start: number; stems: Set<string> }> = [];
  let current: { start: number; stems: Set<string> } | undefined;
  let lastEnd = 0;
  for (const token of tokens) {
    if (!current || /[.!?。！？\n]/u.test(text.slice(lastEnd, token.start))) {
      current = { start: token.start, stems: new Set() };
      sentences.push(current);
    }
    current.stems.add(stem(token.word));
    lastEnd = token.end;
  }
  const hits: Array<{ entity: KnownEntity; start: number; end: number }> = [];
  for (const entity of known) {
    if (already.has(entity.id)) continue;
    const names = entity.names
      .map((n) => searchKey(n).split(' ').filter((w) => w && !FILLER.has(w) && !isUnspacedScript(w)))
      .filter((words) => words.length >= 2 && words.every((w) => /^[a-z0-9]+$/.test(w)));
    for (const sentence of sentences) {
      if (names.some((words) => words.every((w) => sentence.stems.has(stem(w))))) {
        hits.push({ entity, start: sentence.start, end: sentence.start });
      }
    }
  }
  return hits;
}

/** Capitalized runs outside any match that are neither sentence openers nor forms of a known name ("Chinese", "Kazakh"). */
function candidateNames(text: string, hits: ReadonlyArray<{ start: number; end: number }>, stems: readonly string[]): CandidateName[] {
  const covered = (from: number, to: number) => hits.some((h) => h.start < to && from < h.end);
  const formOfKnown = (word: string) =>
    stems.some((stem) => stem.startsWith(word) || (word.length > stem.length - 1 && word.startsWith(stem.slice(0, -1))));
  const byName = new Map<string, CandidateName>();
  for (const m of text.matchAll(NAME_RUN)) {
    let name = m[0].replace(/[’']s$/u, '').replace(/[’'.-]+$/u, '');
    let at = m.index;
    const lead = /^(?:The|A|An|In|On|At|By|For|But|And|Of)\s+/u.exec(name);
    if (lead) {
      name = name.slice(lead[0].length);
      at += lead[0].length;
    }
    const words = name.split(/\s+/);
    if (covered(at, at + name.length)) continue;
    if (!LOWERCASE.test(name) && words.length > 1) continue; // headlines and banners in capitals
    if (words.length === 1) {
      // A capitalized word that only ever opens a sentence or a line is not known to be a name.
      if (!byName.has(name) && SENTENCE_START.test(text.slice(Math.max(0, at - 3), at))) continue;
      const key = searchKey(name);
      if (key.length < 3 || NOT_NAMES.has(key) || key.includes(' ') || formOfKnown(key)) continue;
    }
    if (words.every((w) => NOT_NAMES.has(w.toLowerCase()))) continue;
    const seen = byName.get(name);
    if (seen) seen.count++;
    else byName.set(name, { name, count: 1, sentence: sentenceAround(text, at), at });
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.at - b.at);
}
