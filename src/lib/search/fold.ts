/**
 * The search form of a text: one spelling-insensitive string that names,
 * aliases, page text and queries are all reduced to before they meet.
 *
 * Every character is lowercased, decomposed (NFKD) and stripped of marks, so
 * "Tōkayev", "TOKAYEV" and "tokayev" agree; letters that carry no separable
 * mark (ß, ø, ł, Kazakh қ ғ ң ә ө ұ ү һ і …) are folded by hand; and Cyrillic
 * is transliterated to Latin, so "Токаев" and "Тоқаев" both become "tokaev"
 * and meet the Latin alias "Tokaev". Scripts without a transliteration here
 * (Chinese, Arabic, …) pass through lowercased, so "习近平" still matches
 * "习近平" exactly. Punctuation becomes a space; apostrophes vanish, so
 * "Oʻzbekiston" and "Ozbekiston" agree.
 *
 * The fold works character by character, which keeps a map from each output
 * character back to the input: highlighting uses it to mark the original text.
 */

/** Letters NFKD leaves whole, folded to the base letter a reader would type. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  // Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic letters, to their Russian base letters.
  қ: 'к',
  ғ: 'г',
  ң: 'н',
  ә: 'а',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  ҳ: 'х',
  ҷ: 'ч',
  ҡ: 'к',
  і: 'и',
  є: 'е',
  ѓ: 'г',
  ќ: 'к',
};

/** Cyrillic to Latin, close to the spellings English-language reporting uses. */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Serbian and Macedonian letters NFKD does not split.
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѕ: 'dz',
};

/** Apostrophes and modifier letters that write one sound with two glyphs (Oʻzbekiston, Xi'an). */
const SILENT = /^['’‘ʻʼʹ`´]$/u;
const MARK = /\p{M}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const folds = new Map<string, string>();

/** The search form of one character (a code point). */
export function foldChar(char: string): string {
  let out = folds.get(char);
  if (out !== undefined) return out;
  out = '';
  // Lowercase on both sides of NFKD: compatibility forms such as 𝐀 decompose to capitals.
  for (const c of char.toLowerCase().normalize('NFKD').toLowerCase()) {
    if (MARK.test(c) || SILENT.test(c)) continue;
    const letter = LETTER_FOLDS[c] ?? c;
    // NFKD splits й into и + breve and ё into е + diaeresis, so the table needs only base letters.
    out += [...letter].map((l) => CYRILLIC_TO_LATIN[l] ?? (WORD_CHAR.test(l) ? l : ' ')).join('');
  }
  folds.set(char, out);
  return out;
}

/** The fold of each ASCII character, by code. */
const ASCII_FOLDS = Array.from({ length: 128 }, (_, code) => foldChar(String.fromCharCode(code)));

const isAsciiWord = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** The search form of a text (see the module comment). */
export function searchForm(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiWord(code)) {
      out += text[i];
      continue;
    }
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    out += foldChar(wide ? text.slice(i, i + 2) : text[i]!);
    if (wide) i++;
  }
  return out;
}

/** A search form together with where each of its characters came from. */
export interface MappedForm {
  form: string;
  /** For each character of `form`, the index in the original text where its source begins. */
  start: number[];
  /** For each character of `form`, the index in the original text just after its source. */
  end: number[];
}

/** The search form of a text with a map back to the original, for highlighting. */
export function mappedSearchForm(text: string): MappedForm {
  let form = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    // Most text is ASCII: its folds are looked up by code rather than by a one-character string.
    const folded = code < 128 ? ASCII_FOLDS[code]! : foldChar(text.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) {
      start.push(i);
      end.push(i + width);
    }
    form += folded;
    i += width - 1;
  }
  return { form, start, end };
}

/** Runs of letters and digits: the words of a search form. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of a text, in search form, in order of first appearance. */
export function searchWords(text: string): string[] {
  return [...new Set(searchForm(text).match(WORD) ?? [])];
}

/** A text's words in search form joined by single spaces: "Nur-Sultan" → "nur sultan". */
export function searchKey(text: string): string {
  return (searchForm(text).match(WORD) ?? []).join(' ');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** True for words in scripts written without spaces, which match inside longer runs. */
export function isUnspacedScript(word: string): boolean {
  return CJK.test(word);
}
