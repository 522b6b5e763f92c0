/**
 * Words → documents. Every field of every document is reduced to its words
 * in search form (see fold.ts) and each word lists the documents it occurs
 * in, with the fields it occurs in. Search then looks words up instead of
 * scanning every document for every keystroke.
 */
import { searchWords } from './fold.ts';
import { isEntityType, type SearchDoc } from './types.ts';

/** Where in a document a word occurs; a posting holds any combination. */
export const FIELD = {
  /** An entity's name or one of its aliases. */
  name: 1,
  /** A digest's or dispute's title. */
  title: 2,
  /** Summary, meta line and search-only words. */
  text: 4,
  /**
   * Not a field: the document concerns an entity that has the word in its
   * name. Written at build time, so a name match can reach the pages about
   * the entity without the whole table of what each page concerns.
   */
  concerns: 8,
} as const;

const FIELD_BITS = 4;

/** A vocabulary in sorted order and, for each word, its postings (document << 3 | fields). */
export interface InvertedIndex {
  words: string[];
  postings: Int32Array[];
}

/** The posting's document position. */
export const postingDoc = (posting: number) => posting >>> FIELD_BITS;
/** The posting's fields (a combination of FIELD bits). */
export const postingFields = (posting: number) => posting & ((1 << FIELD_BITS) - 1);

function fieldsOf(doc: SearchDoc): Array<[number, string]> {
  // A claim's text is a sentence, not a headline: it weighs as text, so claims follow the pages that name the words.
  const titleField = isEntityType(doc.type) ? FIELD.name : doc.type === 'claim' ? FIELD.text : FIELD.title;
  const fields: Array<[number, string]> = [[titleField, doc.title]];
  for (const alias of doc.aliases ?? []) fields.push([FIELD.name, alias]);
  fields.push([FIELD.text, doc.summary]);
  if (doc.extra) fields.push([FIELD.text, doc.extra]);
  if (doc.meta) fields.push([FIELD.text, doc.meta]);
  return fields;
}

/** Builds the inverted index of a whole document list (`about` refers to positions in it). */
export function buildInvertedIndex(docs: readonly SearchDoc[]): InvertedIndex {
  const wordsOf = docs.map((doc) => {
    const seen = new Map<string, number>();
    for (const [field, text] of fieldsOf(doc)) {
      for (const word of searchWords(text)) seen.set(word, (seen.get(word) ?? 0) | field);
    }
    return seen;
  });
  // A page concerning an entity is marked under every word of the entity's names.
  docs.forEach((doc, i) => {
    for (const entity of doc.about ?? []) {
      for (const [word, fields] of wordsOf[entity] ?? []) {
        if (fields & FIELD.name) wordsOf[i]!.set(word, (wordsOf[i]!.get(word) ?? 0) | FIELD.concerns);
      }
    }
  });
  const byWord = new Map<string, number[]>();
  wordsOf.forEach((seen, position) => {
    for (const [word, fields] of seen) {
      const list = byWord.get(word);
      const posting = (position << FIELD_BITS) | fields;
      if (list) list.push(posting);
      else byWord.set(word, [posting]);
    }
  });
  const words = [...byWord.keys()].sort();
  return { words, postings: words.map((w) => Int32Array.from(byWord.get(w)!)) };
}

/** An inverted index as JSON: postings with each document written as the gap from the one before. */
export interface EncodedInvertedIndex {
  words: string[];
  postings: number[][];
}

/** One word's postings as JSON: each document written as the gap from the one before, which keeps the numbers short. */
export function encodePostings(list: Int32Array): number[] {
  let previous = 0;
  return Array.from(list, (posting) => {
    const doc = postingDoc(posting);
    const gap = doc - previous;
    previous = doc;
    return (gap << FIELD_BITS) | postingFields(posting);
  });
}

/** The postings an encoded list describes. */
export function decodePostings(list: readonly number[]): Int32Array {
  // A plain loop: Int32Array.from with a mapping function was a tenth of the speed.
  const out = new Int32Array(list.length);
  const fields = (1 << FIELD_BITS) - 1;
  let doc = 0;
  for (let i = 0; i < list.length; i++) {
    const entry = list[i]!;
    doc += entry >>> FIELD_BITS;
    out[i] = (doc << FIELD_BITS) | (entry & fields);
  }
  return out;
}

/** The JSON form of an inverted index. */
export function encodeInvertedIndex(index: InvertedIndex): EncodedInvertedIndex {
  return { words: index.words, postings: index.postings.map(encodePostings) };
}

/** The inverted index an encoded one describes. */
export function decodeInvertedIndex(encoded: EncodedInvertedIndex): InvertedIndex {
  return { words: encoded.words, postings: encoded.postings.map(decodePostings) };
}
