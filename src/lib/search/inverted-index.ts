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
} as const;

const FIELD_BITS = 3;

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

/** Builds the inverted index of a document list whose first document stands at `offset` in the whole list. */
export function buildInvertedIndex(docs: readonly SearchDoc[], offset = 0): InvertedIndex {
  const byWord = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    const position = offset + i;
    const seen = new Map<string, number>();
    for (const [field, text] of fieldsOf(doc)) {
      for (const word of searchWords(text)) seen.set(word, (seen.get(word) ?? 0) | field);
    }
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

/** The JSON form of an inverted index; gaps keep the numbers short. */
export function encodeInvertedIndex(index: InvertedIndex): EncodedInvertedIndex {
  return {
    words: index.words,
    postings: index.postings.map((list) => {
      let previous = 0;
      return Array.from(list, (posting) => {
        const doc = postingDoc(posting);
        const gap = doc - previous;
        previous = doc;
        return (gap << FIELD_BITS) | postingFields(posting);
      });
    }),
  };
}

/** The inverted index an encoded one describes. */
export function decodeInvertedIndex(encoded: EncodedInvertedIndex): InvertedIndex {
  return {
    words: encoded.words,
    postings: encoded.postings.map((list) => {
      let doc = 0;
      return Int32Array.from(list, (entry) => {
        doc += entry >>> FIELD_BITS;
        return (doc << FIELD_BITS) | (entry & ((1 << FIELD_BITS) - 1));
      });
    }),
  };
}

/** One index of two, the second's documents all after the first's: words joined, postings appended. */
export function mergeInvertedIndexes(first: InvertedIndex, second: InvertedIndex): InvertedIndex {
  const byWord = new Map<string, Int32Array[]>();
  for (const index of [first, second]) {
    index.words.forEach((word, i) => byWord.set(word, [...(byWord.get(word) ?? []), index.postings[i]!]));
  }
  const words = [...byWord.keys()].sort();
  return {
    words,
    postings: words.map((w) => {
      const parts = byWord.get(w)!;
      if (parts.length === 1) return parts[0]!;
      const joined = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const part of parts) {
        joined.set(part, at);
        at += part.length;
      }
      return joined;
    }),
  };
}
