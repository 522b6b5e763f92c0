/**
 * Checks that our prose is our own: no run of eight or more consecutive words
 * of a source article, as we received it or as restored with our corrections,
 * may appear in a digest or entity file outside quotation marks. Sources are
 * kept only as hashes of their eight-word runs ("fingerprints"), so the check
 * runs anywhere without the articles' text.
 */

/**
 * How many consecutive words make a copied run. Eight catches a copied clause
 * while leaving room for stock phrases such as titles of offices.
 */
export const RUN_LENGTH = 8;

/** Text between straight or curly double quotes (or guillemets) is a quotation. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g;

/** Removes quotations, leaving a break so words either side do not join up. */
export function stripQuotations(text: string): string {
  return text.replace(QUOTED, ' ¶ ');
}

/** Lowercased words with punctuation dropped; `¶` marks a break no run may cross. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .map((w) => (w === '¶' ? w : w.replace(/[^\p{L}\p{N}'$%]/gu, '')))
    .filter(Boolean);
}

/** Every run of RUN_LENGTH words that does not cross a break, joined by spaces. */
export function runs(text: string): string[] {
  const list = words(text);
  const result: string[] = [];
  for (let i = 0; i + RUN_LENGTH <= list.length; i++) {
    const run = list.slice(i, i + RUN_LENGTH);
    if (!run.includes('¶')) result.push(run.join(' '));
  }
  return result;
}

/** 64-bit FNV-1a of a string, as 16 hex digits: short, stable, and collisions are negligible here. */
export function fingerprint(run: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(run)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The fingerprints of a source article's runs. */
export function fingerprintSource(text: string): string[] {
  return [...new Set(runs(text).map(fingerprint))].sort();
}

/** The runs of `ours` (quotations removed) whose fingerprints are in `source`. */
export function copiedRuns(ours: string, source: ReadonlySet<string>): string[] {
  return runs(stripQuotations(ours)).filter((run) => source.has(fingerprint(run)));
}

/** A correction as far as restoring the original needs it. */
export interface Restoration {
  seed: string;
  correct: string;
}

/**
 * The original wording as far as we can restore it: the file with every
 * correction applied. A reworded copy hides the original's phrases behind
 * synonyms; restored, they become visible to the check again.
 */
export function restoreOriginal(text: string, corrections: readonly Restoration[]): { text: string; unmatched: string[] } {
  const unmatched = corrections.filter((c) => !text.includes(c.seed)).map((c) => c.seed);
  // Longest first, so a short garble inside a longer one cannot break the longer correction.
  let restored = text;
  for (const { seed, correct } of [...corrections].sort((a, b) => b.seed.length - a.seed.length)) {
    restored = restored.split(seed).join(correct);
  }
  return { text: restored, unmatched };
}

/** Keys whose strings are someone else's words we cite, or names in use (aliases), not prose we wrote. */
const CITED_KEYS = new Set(['quote', 'seed', 'correct', 'headline', 'url', 'file', 'aliases']);

/** Under these keys a `title` is a cited publication's title, not ours. */
const CITATION_LISTS = new Set(['sources', 'evidence']);

/**
 * Every piece of prose we wrote in an entry: the body and every string in its
 * front matter, except quotations, the garbles and corrected wording a
 * correction pairs up, and the titles of publications we cite.
 */
export function ownProse(data: unknown, body: string): string {
  const parts: string[] = [body];
  const walk = (value: unknown, key: string, inCitation: boolean) => {
    if (typeof value === 'string') {
      if (!CITED_KEYS.has(key) && !(inCitation && (key === 'title' || key === 'publisher'))) parts.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key, inCitation);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k, inCitation || CITATION_LISTS.has(k));
    }
  };
  walk(data, '', false);
  return parts.join('\n\n');
}

/** A short hash of a list of corrections, to tell whether fingerprints were made from the current ones. */
export function correctionsDigest(corrections: readonly Restoration[]): string {
  return fingerprint(corrections.map((c) => `${c.seed}\u0000${c.correct}`).join('\u0001'));
}
