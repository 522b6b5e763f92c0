/**
 * Drafts are checked like any file, may hold placeholders, and are never in
 * the published corpus that pages, search, feeds, sitemap and open data are
 * made from. (tests/build/drafts-build.test.ts checks a real build.)
 */
import { describe, expect, test } from 'vitest';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { digestsData, entitiesData } from '../../../src/lib/open-data.ts';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import { contentTree, edit } from '../../support/content-tree.ts';

const DRAFT_ENTITY = `---
draft: true
name: Marxonia
summary: "TODO"
---
TODO: who they are.
`;

const problems = (changes: Parameters<typeof contentTree>[0]) => parseCorpus(contentTree(changes)).issues.map(formatIssue);

describe('a draft', () => {
  test('with placeholders is checked clean, and is not in the corpus', () => {
    const { issues, corpus, drafts } = parseCorpus(contentTree({ 'countries/marxonia.md': DRAFT_ENTITY }));
    expect(issues).toEqual([]);
    expect(drafts).toEqual(['content/countries/marxonia.md']);
    expect(corpus.country.map((c) => c.id)).not.toContain('marxonia');
  });

  test('is still checked strictly: unknown ids, bad fields and raw HTML are reported', () => {
    const text = DRAFT_ENTITY.replace('summary: "TODO"', 'summary: "TODO"\nmemberships: [{ org: test-pakt }]\ncolour: red').replace('TODO: who they are.', 'See [[sylvanja]] and <b>this</b>.');
    expect(problems({ 'countries/marxonia.md': text })).toEqual([
      'content/countries/marxonia.md:6 colour: unknown field',
      'content/countries/marxonia.md:8 body: raw HTML is not allowed: "<b>"; write Markdown',
      'content/countries/marxonia.md:8 body: unknown id "sylvanja" in [[sylvanja]] (did you mean "sylvania"?)',
      'content/countries/marxonia.md:5 memberships[0].org: unknown actor "test-pakt" (did you mean "test-pact"?)',
    ]);
  });

  test('may link and be linked by other drafts', () => {
    const digest = edit('digests/herald-pact-ready.md', 'title:', 'draft: true\ntitle:')['digests/herald-pact-ready.md']!.replace('[[freedonia]]', '[[marxonia]]');
    const changes = { ...edit('digests/herald-border-crisis.md', 'title:', 'draft: true\ntitle:'), 'disputes/pact-offer.md': null };
    expect(problems({ ...changes, 'countries/marxonia.md': DRAFT_ENTITY, 'digests/herald-pact-ready.md': digest })).toEqual([]);
  });
});

describe('a published file', () => {
  test('that links or lists a draft is refused', () => {
    const changes = {
      'countries/marxonia.md': DRAFT_ENTITY,
      'digests/herald-pact-ready.md': contentTree()
        .find((f) => f.relativePath === 'digests/herald-pact-ready.md')!
        .text.replace('countries: [freedonia]', 'countries: [freedonia, marxonia]')
        .replace('to [[freedonia]]', 'to [[marxonia]]'),
    };
    expect(problems(changes)).toEqual([
      'content/digests/herald-pact-ready.md:21 body: "marxonia" is a draft, so it is not published: publish it first, or remove the reference ([[marxonia]])',
      'content/digests/herald-pact-ready.md:10 countries[1]: "marxonia" is a draft, so it is not published: publish it first, or remove the reference',
    ]);
  });

  test('that disputes a claim of a draft digest is refused', () => {
    expect(problems(edit('digests/herald-border-crisis.md', 'title:', 'draft: true\ntitle:'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^content\/digests\/herald-pact-ready\.md:\d+ claims\[0\]\.disputes\[0\]: "herald-border-crisis" is a draft/)]),
    );
  });

  test('with a placeholder left in is refused at each one', () => {
    expect(problems({ ...edit('digests/herald-pact-ready.md', 'kind: original', 'kind: TODO'), ...edit('countries/sylvania.md', 'A neighbour', 'TODO: a neighbour') })).toEqual([
      'content/countries/sylvania.md:6 body: placeholder line: write it, or keep the file unpublished with "draft: true"',
      'content/digests/herald-pact-ready.md:9 source.kind: placeholder "TODO": write it, or keep the file unpublished with "draft: true"',
    ]);
  });
});

test('nothing of a draft reaches the graph, search documents or open data', () => {
  const draftDigest = edit('digests/herald-pact-ready.md', 'title: The Pact says it was ready to help', 'draft: true\ntitle: Unpublished Marxonia scoop');
  const undisputed = edit('digests/herald-border-crisis.md', '    disputes: [herald-pact-ready#pact-offered]\n', '');
  const { corpus, issues } = parseCorpus(contentTree({ 'countries/marxonia.md': DRAFT_ENTITY, ...draftDigest, ...undisputed, 'disputes/pact-offer.md': null }));
  expect(issues).toEqual([]);
  const graph = buildGraph(corpus);
  const published = JSON.stringify([searchDocuments(graph), digestsData(graph), entitiesData(graph), graph.digests.map((d) => d.id), corpus]);
  expect(published).not.toMatch(/marxonia|herald-pact-ready|Unpublished/i);
  expect(graph.digests).toHaveLength(1);
});
