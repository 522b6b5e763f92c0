/**
 * Light English stemming for search: plurals and the -ed/-ing verb forms
 * reduce to a shared key, so "peacekeepers" finds "peacekeeper" and
 * "deployed" finds "deploying". It only groups words of the index; the
 * words themselves stay as written, so highlighting marks what the page
 * says. Deliberately crude: a wrong grouping of two rare words costs a
 * little precision, while a full stemmer's merges (Porter's "general" and
 * "generate") would cost more.
 */

const VOWEL = /[aeiouy]/;
/** Stems shorter than this are left alone: "bus", "used", "red" are not forms of anything. */
const MIN_STEM = 3;

/** Words that look inflected and are not: "news" is not the plural of "new", nor "during" a form of "dur". */
const KEEP = new Set([
  'news', 'series', 'species', 'means', 'always', 'perhaps', 'whereas', 'towards', 'politics', 'economics', 'bias', 'alias',
  'atlas', 'lens', 'gas', 'during', 'nothing', 'something', 'anything', 'everything', 'indeed', 'hundred', 'thousand',
]);

/** Drops a doubled final consonant left by "-ed"/"-ing": "embedded" → "embed"; never "ll", "ss", "zz". */
function undouble(stem: string): string {
  const last = stem[stem.length - 1]!;
  return stem.length > MIN_STEM && last === stem[stem.length - 2] && !VOWEL.test(last) && !'lsz'.includes(last) ? stem.slice(0, -1) : stem;
}

/**
 * The stem key of a word in search form (see fold.ts), or the word itself
 * when it is not plain lowercase Latin. Two words with the same key are
 * treated as forms of one word.
 */
export function stemKey(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= MIN_STEM || KEEP.has(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const stem = w.slice(0, -suffix.length);
    // The stem must keep a vowel: "sing" and "bed" are words, not forms.
    if (w.endsWith(suffix) && stem.length >= MIN_STEM && VOWEL.test(stem)) {
      w = undouble(stem);
      break;
    }
  }
  // A final "e" comes and goes between forms ("base", "based", "basing"; "agree", "agreed"), so the key never ends in one.
  while (w.endsWith('e') && w.length > MIN_STEM) w = w.slice(0, -1);
  // "-ied" and "-ies" both went to "y"/"i": "deployed" keeps its y, "carried" → "carri" → "carry".
  if (w.endsWith('i') && w.length > MIN_STEM) w = `${w.slice(0, -1)}y`;
  return w;
}
