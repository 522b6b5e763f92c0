/**
 * Errors that teach: "did you mean" knows the aliases, and a file that fails
 * its schema still has its references and links checked in the same run.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { readContentTree } from '../../../src/lib/corpus-fs.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { nearestIds } from '../../../src/lib/suggest.ts';
import { edit } from '../../support/content-tree.ts';
import { contentTree } from '../../support/content-tree.ts';

const ROOT = join(import.meta.dirname, '../../..');
const real = await readContentTree(join(ROOT, 'content'), ROOT);
const FT = 'content/digests/siberian-light-china-troops-kyrgyzstan-2005.md';

/** The real content with one digest edited. */
function realWith(from: string | RegExp, to: string) {
  const files = real.map((f) => {
    if (f.path !== FT) return f;
    const text = f.text.replace(from, to);
    if (text === f.text) throw new Error(`${FT} does not contain ${from}`);
    return { ...f, text };
  });
  return parseCorpus(files).issues.map(formatIssue);
}

test('an alias written as an id suggests the entity: kirghizia → kyrgyzstan', () => {
  const issues = realWith('  - "kyrgyzstan"\n', '  - "kirghizia"\n');
  expect(issues).toEqual([expect.stringMatching(/countries\[\d+\]: unknown country "kirghizia" \(did you mean "kyrgyzstan"/)]);
});

test('aliases in other scripts and spellings count too', () => {
  const names = new Map([
    ['kassym-jomart-tokayev', ['Kassym-Jomart Tokayev', 'Тоқаев', 'Toqaev']],
    ['sco', ['Shanghai Cooperation Organisation', 'ШОС']],
  ]);
  const namesOf = (id: string) => names.get(id);
  expect(nearestIds('toqaev', names.keys(), 3, namesOf)).toEqual(['kassym-jomart-tokayev']);
  expect(nearestIds('shos', names.keys(), 3, namesOf)).toEqual(['sco']);
  expect(nearestIds('shanghai-cooperation-organization', names.keys(), 3, namesOf)).toEqual(['sco']);
  expect(nearestIds('zhanaozen', names.keys(), 3, namesOf)).toEqual([]);
});

/** `text` with each [from, to] replaced; fails loudly if one is not there. */
function replaced(text: string, ...pairs: Array<[string, string]>): string {
  return pairs.reduce((t, [from, to]) => {
    if (!t.includes(from)) throw new Error(`no ${JSON.stringify(from)} to replace`);
    return t.replace(from, to);
  }, text);
}

test('a bad judgement does not hide the unknown ids in the same file: all are reported in one run', () => {
  const text = contentTree().find((f) => f.relativePath === 'digests/herald-pact-ready.md')!.text;
  const broken = replaced(
    text,
    ['substance: single-source', 'substance: probable'],
    ['countries: [freedonia]', 'countries: [fredonia]'],
    ['by: test-pact', 'by: test-pakt'],
    ['[[border-crisis]]', '[[border-crises]]'],
  );
  const issues = parseCorpus(contentTree({ 'digests/herald-pact-ready.md': broken })).issues.map(formatIssue);
  expect(issues).toEqual([
    expect.stringMatching(/^content\/digests\/herald-pact-ready\.md:18 claims\[0\]\.substance: /),
    expect.stringMatching(/^content\/digests\/herald-pact-ready\.md:21 body: unknown id "border-crises" in \[\[border-crises\]\] \(did you mean "border-crisis"/),
    'content/digests/herald-pact-ready.md:10 countries[0]: unknown country "fredonia" (did you mean "freedonia"?)',
    'content/digests/herald-pact-ready.md:15 claims[0].by: unknown actor "test-pakt" (did you mean "test-pact"?)',
  ]);
});

test('a file whose front matter is the wrong shape throughout is still read for what it can be', () => {
  const issues = parseCorpus(
    contentTree({
      ...edit('digests/herald-pact-ready.md', 'countries: [freedonia]\nactors: [test-pact]', 'countries: freedonia\nactors: [test-pact, 12, "Bad Id", rufus-firefli]'),
    }),
  ).issues.map(formatIssue);
  expect(issues).toEqual(expect.arrayContaining([
    expect.stringMatching(/:10 countries: /),
    expect.stringMatching(/:11 actors\[1\]: /),
    expect.stringMatching(/:11 actors\[2\]: /),
    'content/digests/herald-pact-ready.md:11 actors[3]: unknown actor "rufus-firefli" (did you mean "rufus-firefly"?)',
  ]));
});
