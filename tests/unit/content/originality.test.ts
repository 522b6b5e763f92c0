/**
 * The real content is in our own words: no run of ten or more consecutive
 * words of a source article appears in a digest or entity profile outside
 * quotation marks. Sources are compared by fingerprint
 * (tests/fixtures/source-fingerprints.json, made by src/cli/fingerprint-sources.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/corpus-fs.ts';
import { copiedRuns } from '../../../src/lib/originality.ts';

const ROOT = join(import.meta.dirname, '../../..');
const fingerprints: Record<string, string[]> = JSON.parse(
  readFileSync(join(ROOT, 'tests/fixtures/source-fingerprints.json'), 'utf8'),
);
const allSources = new Set(Object.values(fingerprints).flat());
const { corpus } = await checkContent(join(ROOT, 'content'), ROOT);

/** Everything in an entry we wrote ourselves (quotes and the garbles we correct are excluded). */
function ourProse(entry: (typeof corpus)[keyof typeof corpus][number]): string {
  const data = entry.data as Record<string, unknown>;
  const parts = [entry.body, data.title, data.name, data.summary];
  if (entry.kind === 'digest') {
    const d = entry.data as (typeof corpus.digest)[number]['data'];
    parts.push(d.source.note, ...d.claims.map((c) => c.text), ...d.corrections.flatMap((c) => [c.correct, c.note]));
  }
  return parts.filter((p): p is string => typeof p === 'string').join('\n\n');
}

const entries = Object.values(corpus).flat();

test('there is content to check', () => {
  expect(corpus.digest.length).toBeGreaterThanOrEqual(5);
});

test.each(entries.map((e) => [e.file, e] as const))('%s has no run of ten words copied from a source', (_file, entry) => {
  expect(copiedRuns(ourProse(entry), allSources)).toEqual([]);
});
