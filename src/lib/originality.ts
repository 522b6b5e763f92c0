/**
 * Checks that our prose is our own: no run of ten or more consecutive words
 * of a source article may appear in a digest outside quotation marks. Sources
 * are kept only as hashes of their ten-word runs ("fingerprints"), so the
 * check runs anywhere without the articles' text.
 */

/** How many consecutive words make a copied run. */
export const RUN_LENGTH = 10;

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
