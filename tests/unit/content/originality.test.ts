/**
 * The real content is in our own words: no run of eight or more consecutive
 * words of a source article appears in a digest or entity file outside
 * quotation marks, whether the article as we received it or its original
 * wording restored by our corrections. Sources are compared by fingerprint
 * (tests/fixtures/source-fingerprints.json, made by src/cli/fingerprint-sources.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/corpus-fs.ts';
import { copiedRuns, correctionsDigest, ownProse } from '../../../src/lib/originality.ts';

const ROOT = join(import.meta.dirname, '../../..');
const fingerprints: {
  received: Record<string, string[]>;
  restored: Record<string, { corrections: string; fingerprints: string[] }>;
} = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/source-fingerprints.json'), 'utf8'));
const allSources = new Set([
  ...Object.values(fingerprints.received).flat(),
  ...Object.values(fingerprints.restored).flatMap((r) => r.fingerprints),
]);
const { corpus } = await checkContent(join(ROOT, 'content'), ROOT);
const entries = Object.values(corpus).flat();

test('there is content to check, and every source is fingerprinted as received and as restored', () => {
  expect(corpus.digest.length).toBeGreaterThanOrEqual(5);
  for (const digest of corpus.digest) {
    const file = digest.data.source.file;
    if (!file) continue;
    expect(fingerprints.received[file], `${file} has no fingerprints`).toBeDefined();
    expect(fingerprints.restored[file], `${file} has no restored fingerprints`).toBeDefined();
  }
});

test('the restored fingerprints were made from the corrections the digests have now', () => {
  const stale = Object.entries(fingerprints.restored)
    .filter(([file, r]) => r.corrections !== correctionsDigest(corpus.digest.filter((d) => d.data.source.file === file).flatMap((d) => d.data.corrections)))
    .map(([file]) => `${file}: corrections changed; run node src/cli/fingerprint-sources.ts <seeds> content > tests/fixtures/source-fingerprints.json`);
  expect(stale).toEqual([]);
});

test.each(entries.map((e) => [e.file, e] as const))('%s has no run of eight words copied from a source', (_file, entry) => {
  expect(copiedRuns(ownProse(entry.data, entry.body), allSources)).toEqual([]);
});
