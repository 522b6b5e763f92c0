/**
 * Writes the fingerprints of the source articles (hashes of their eight-word
 * runs, never their text) for the originality test, twice per article: as the
 * file we received, and as the original restored by the corrections of the
 * digests made from it.
 *   node src/cli/fingerprint-sources.ts <folder of .txt sources> [content folder] > tests/fixtures/source-fingerprints.json
 * Run it again whenever a digest's corrections change: the test refuses
 * fingerprints made from other corrections than the content now has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../lib/corpus-fs.ts';
import { correctionsDigest, fingerprintSource, restoreOriginal } from '../lib/originality.ts';

const [folder, contentDir = 'content'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node src/cli/fingerprint-sources.ts <folder of .txt sources> [content folder]');
  process.exit(2);
}
const { corpus, issues } = await checkContent(resolve(contentDir), process.cwd());
if (issues.length) {
  console.error(`the content has ${issues.length} problems; run npm run check first`);
  process.exit(1);
}
const result: { received: Record<string, string[]>; restored: Record<string, { corrections: string; fingerprints: string[] }> } = {
  received: {},
  restored: {},
};
let unmatchedTotal = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(join(folder, name), 'utf8');
  result.received[name] = fingerprintSource(text);
  const corrections = corpus.digest.filter((d) => d.data.source.file === name).flatMap((d) => d.data.corrections);
  const restored = restoreOriginal(text, corrections);
  for (const seed of restored.unmatched) {
    console.error(`${name}: correction seed not found in the file: "${seed}"`);
    unmatchedTotal++;
  }
  result.restored[name] = { corrections: correctionsDigest(corrections), fingerprints: fingerprintSource(restored.text) };
}
// One line per article keeps diffs readable when a single article's fingerprints change.
const lines = [
  '{',
  ' "received": {',
  Object.entries(result.received).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n'),
  ' },',
  ' "restored": {',
  Object.entries(result.restored).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n'),
  ' }',
  '}',
];
process.stdout.write(`${lines.join('\n')}\n`);
if (unmatchedTotal) process.exitCode = 1;
