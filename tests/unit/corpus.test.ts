import { describe, expect, test } from 'vitest';
import { parseCorpus } from '../../src/lib/corpus.ts';
import { formatIssue } from '../../src/lib/issues.ts';
import { contentTree, edit } from '../support/content-tree.ts';

const problems = (changes: Parameters<typeof contentTree>[0]) => parseCorpus(contentTree(changes)).issues.map(formatIssue);

describe('parseCorpus on the fixture corpus', () => {
  const { corpus, issues } = parseCorpus(contentTree());

  test('parses every file with no problems', () => {
    expect(issues).toEqual([]);
    expect(Object.fromEntries(Object.entries(corpus).map(([name, entries]) => [name, entries.length]))).toEqual({
      digest: 2,
      country: 2,
      actor: 3,
      topic: 2,
      event: 2,
      place: 1,
      dispute: 1,
    });
  });

  test('applies schema defaults and keeps dates as written', () => {
    const digest = corpus.digest.find((d) => d.id === 'herald-pact-ready')!;
    expect(digest.data.source.published).toBe('2022-01-20');
    expect(digest.data.topics).toEqual([]);
    expect(digest.data.corrections).toEqual([]);
    expect(digest.data.claims[0]!.about).toEqual([]);
  });

  test('renders bodies with entity links resolved to their pages', () => {
    const country = corpus.country.find((c) => c.id === 'freedonia')!;
    expect(country.rendered.html).toContain('<a href="/countries/sylvania/" class="entity" data-type="country" data-entity="sylvania">Sylvania</a>');
    expect(country.file).toBe('content/countries/freedonia.md');
  });
});

describe('a file is published or reported, never both', () => {
  const published = (changes: Parameters<typeof contentTree>[0]) => {
    const { corpus, issues } = parseCorpus(contentTree(changes));
    return { ids: corpus.digest.map((d) => d.id), files: issues.map((i) => i.file) };
  };

  test('a problem in the body or in a reference keeps the file out of the corpus', () => {
    for (const [from, to] of [
      ['[[border-crisis]]', '[[border-crises]]'],
      ['countries: [freedonia]', 'countries: [fredonia]'],
    ] as const) {
      expect(published(edit('digests/herald-pact-ready.md', from, to))).toEqual({
        ids: ['herald-border-crisis'],
        files: ['content/digests/herald-pact-ready.md'],
      });
    }
  });
});

describe('error messages name the file, line and field', () => {
  test('an unknown entity in front matter suggests the nearest ids', () => {
    expect(problems(edit('digests/herald-pact-ready.md', 'countries: [freedonia]', 'countries: [fredonia]'))).toEqual([
      'content/digests/herald-pact-ready.md:10 countries[0]: unknown country "fredonia" (did you mean "freedonia"?)',
    ]);
  });

  test('an unknown [[link]] in the body is reported at its line', () => {
    expect(problems(edit('digests/herald-pact-ready.md', '[[border-crisis]]', '[[border-crises]]'))).toEqual([
      'content/digests/herald-pact-ready.md:21 body: unknown id "border-crises" in [[border-crises]] (did you mean "border-crisis", "border-security", "herald-border-crisis"?)',
    ]);
  });

  test('a reference to the wrong kind of entry says what it is', () => {
    expect(problems(edit('digests/herald-pact-ready.md', 'countries: [freedonia]', 'countries: [test-pact]'))).toEqual([
      'content/digests/herald-pact-ready.md:10 countries[0]: "test-pact" is an actor, not a country',
    ]);
  });

  test('a claim dispute must name an existing claim', () => {
    expect(problems(edit('digests/herald-pact-ready.md', 'herald-border-crisis#no-troops', 'herald-border-crisis#no-troop'))).toEqual([
      'content/digests/herald-pact-ready.md:19 claims[0].disputes[0]: digest "herald-border-crisis" has no claim "no-troop" (did you mean "no-troops"?)',
    ]);
  });

  test('evidence must name an existing claim or digest, and a claim cannot be its own evidence', () => {
    const corroborated = (evidence: string) =>
      edit('digests/herald-pact-ready.md', '    substance: single-source\n', `    substance: corroborated\n    evidence:\n      - ${evidence}\n`);
    expect(problems(corroborated('{ claim: herald-border-crisis#no-troop }'))).toEqual([
      'content/digests/herald-pact-ready.md:20 claims[0].evidence[0].claim: digest "herald-border-crisis" has no claim "no-troop" (did you mean "no-troops"?)',
    ]);
    expect(problems(corroborated('{ digest: freedonia }'))).toEqual([
      'content/digests/herald-pact-ready.md:20 claims[0].evidence[0].digest: "freedonia" is a country, not a digest',
    ]);
    expect(problems(corroborated('{ claim: pact-offered }'))).toEqual([
      'content/digests/herald-pact-ready.md:19 claims[0].evidence: claim "pact-offered" cannot be its own evidence',
    ]);
  });

  test('a corroborated claim without evidence is reported at the claim', () => {
    expect(problems(edit('digests/herald-pact-ready.md', 'substance: single-source', 'substance: corroborated'))).toEqual([
      expect.stringMatching(/^content\/digests\/herald-pact-ready\.md:\d+ claims\[0\]\.evidence: a corroborated claim must name what corroborates it/),
    ]);
  });

  test('a wrong type and an unknown field are both reported, with their lines', () => {
    const changes = edit('events/pact-founded.md', 'date: "2001-06-15"', 'date: 2001\nplace: Freedon');
    expect(problems(changes)).toEqual([
      'content/events/pact-founded.md:4 date: Invalid input: expected string, received number',
      'content/events/pact-founded.md:5 place: unknown field',
    ]);
  });
});
