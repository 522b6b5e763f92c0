/**
 * Matches one query word against the sorted vocabulary of the index: exact
 * words, words it begins (so results follow typing), words in unspaced
 * scripts that contain it, and, through fuse.js, words within a typo or two.
 *
 * fuse.js compares a pattern with one string at a time, so asking it about
 * every word of a large vocabulary on every keystroke is the slow part. A
 * letter-set test first drops words that cannot be within the allowed number
 * of typos (each letter of the query missing from a word costs at least one
 * edit); fuse.js then scores only the words that remain.
 *
 * Two things widen a word beyond its spelling: other English forms of it
 * (stem.ts), and its variants, the words that spell the same name in
 * another script or transliteration ("shos" for "sco", "tokaev" for
 * "tokayev"), which match as if typed.
 */
// The basic build: bitap fuzzy matching without extended or token search, which this does not use.
import Fuse from 'fuse.js/basic';
import { isUnspacedScript } from './fold.ts';
import { stemKey } from './stem.ts';

/** How good a match of a query word with a vocabulary word is: 1 is the same word. */
export type Quality = number;

/**
 * Typos forgiven in a query word of this many characters. None below five,
 * where one typo turns an acronym into a common word ("shos" into "short").
 */
export function typosAllowed(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/** Quality of the word itself. */
const EXACT = 1;
/** Quality of a word the query begins, rising as the query covers more of it. */
const prefixQuality = (query: number, word: number) => 0.6 + 0.3 * (query / word);
/** Quality of a word in an unspaced script (Chinese, Japanese, Korean) that contains the query. */
const INFIX = 0.6;
/** Quality of another form of the same English word ("peacekeepers" for "peacekeeper"). */
const STEM = 0.95;
/** Quality of a fuzzy match, from fuse.js's score (0 for a perfect match inside the word). */
const fuzzyQuality = (score: number) => 0.55 - score;

/** A 32-bit set of the letters of a word (folded by char code, so a test can only over-include). */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) & 31);
  return set;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class Vocabulary {
  readonly words: readonly string[];
  readonly #letters: Int32Array;
  readonly #unspaced: number[];
  readonly #byStem = new Map<string, number[]>();
  readonly #variants: ReadonlyMap<string, readonly string[]>;

  /**
   * `words` must be sorted by code unit, as buildInvertedIndex leaves them.
   * `variants` maps a word to the other words that spell the same name; each
   * word of a group must map to all the others, so every spelling matches alike.
   */
  constructor(words: readonly string[], variants: ReadonlyMap<string, readonly string[]> = new Map()) {
    this.words = words;
    this.#letters = Int32Array.from(words, letterSet);
    this.#unspaced = words.flatMap((w, i) => (isUnspacedScript(w) ? [i] : []));
    words.forEach((w, i) => {
      const key = stemKey(w);
      const list = this.#byStem.get(key);
      if (list) list.push(i);
      else this.#byStem.set(key, [i]);
    });
    this.#variants = variants;
  }

  /** Position of the first word not less than `word`. */
  #lowerBound(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Vocabulary words that match a query word (in search form) or one of its
   * variants, with their quality; words found only through a variant are
   * added to `viaVariant` when given.
   */
  match(query: string, viaVariant?: Set<number>): Map<number, Quality> {
    const found = this.#matchSpelling(query);
    for (const variant of this.#variants.get(query) ?? []) {
      for (const [i, quality] of this.#matchSpelling(variant)) {
        if (!found.has(i)) viaVariant?.add(i);
        if (quality > (found.get(i) ?? 0)) found.set(i, quality);
      }
    }
    return found;
  }

  /** Vocabulary words that match one spelling: itself, its other forms, words it begins, near misses. */
  #matchSpelling(query: string): Map<number, Quality> {
    const found = new Map<number, Quality>();
    for (const i of this.#byStem.get(stemKey(query)) ?? []) found.set(i, this.words[i] === query ? EXACT : STEM);
    const { words } = this;
    for (let i = this.#lowerBound(query); i < words.length && words[i]!.startsWith(query); i++) {
      if (!found.has(i)) found.set(i, prefixQuality(query.length, words[i]!.length));
    }
    if (isUnspacedScript(query)) {
      for (const i of this.#unspaced) if (!found.has(i) && words[i]!.includes(query)) found.set(i, INFIX);
      return found;
    }
    const typos = typosAllowed(query.length);
    if (typos === 0) return found;

    const letters = letterSet(query);
    const minLength = query.length - typos;
    const candidates: number[] = [];
    for (let i = 0; i < words.length; i++) {
      if (found.has(i) || words[i]!.length < minLength) continue;
      if (bitCount(letters & ~this.#letters[i]!) <= typos) candidates.push(i);
    }
    if (!candidates.length) return found;
    const fuse = new Fuse(
      candidates.map((i) => words[i]!),
      {
        // fuse.js scores a match with e errors as e / length when location is ignored.
        threshold: (typos + 0.5) / query.length,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        includeScore: true,
        isCaseSensitive: true,
        shouldSort: false,
      },
    );
    for (const { refIndex, score = 0 } of fuse.search(query)) found.set(candidates[refIndex]!, fuzzyQuality(score));
    return found;
  }
}
