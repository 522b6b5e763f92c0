/**
 * Writes the fingerprints of the source articles (hashes of their ten-word
 * runs, never their text) for the originality test:
 *   node src/cli/fingerprint-sources.ts <folder of .txt sources> > tests/fixtures/source-fingerprints.json
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintSource } from '../lib/originality.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node src/cli/fingerprint-sources.ts <folder of .txt sources>');
  process.exit(2);
}
const result: Record<string, string[]> = {};
for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
  result[name] = fingerprintSource(readFileSync(join(folder, name), 'utf8'));
}
process.stdout.write(`${JSON.stringify(result, null, 0).replace(/\],/g, '],\n')}\n`);
