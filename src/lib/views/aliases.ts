/**
 * Language hints for aliases, so browsers and screen readers pick suitable
 * fonts and voices. Only cheap, safe guesses are made: Han script is
 * Chinese here, and Cyrillic using only the Russian alphabet is Russian;
 * Kazakh, Kyrgyz or Tajik letters, and everything else, get no hint.
 */

const HAN = /\p{Script=Han}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const NON_RUSSIAN_CYRILLIC = /[^\P{Script=Cyrillic}а-яёА-ЯЁ]/u;

/** The BCP 47 language of an alias when it is certain enough to state, else undefined. */
export function aliasLang(alias: string): 'zh' | 'ru' | undefined {
  if (HAN.test(alias)) return 'zh';
  if (CYRILLIC.test(alias) && !NON_RUSSIAN_CYRILLIC.test(alias)) return 'ru';
  return undefined;
}
