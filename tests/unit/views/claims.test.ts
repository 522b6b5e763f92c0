import { describe, expect, test } from 'vitest';
import { ATTRIBUTIONS, type Correction, SOURCE_KINDS, SUBSTANCES } from '../../../src/lib/schema/index.ts';
import {
  ATTRIBUTION_LABEL,
  claimLink,
  claimsLedger,
  DISPUTED_BY_SHOWN,
  disputeSides,
  evidenceData,
  fullClaimRef,
  groupCorrections,
  judgementsUsed,
  originalLink,
  SOURCE_KIND_LABEL,
  SUBSTANCE_LABEL,
} from '../../../src/lib/views/claims.ts';
import { edit } from '../../support/content-tree.ts';
import { fixtureGraph } from './fixture-graph.ts';

const graph = fixtureGraph();
const digest = (g: typeof graph, id: string) => g.digests.find((d) => d.id === id)!;

test('every judgement and kind of copy has a label, and the two judgements read differently', () => {
  expect(Object.keys(ATTRIBUTION_LABEL)).toEqual([...ATTRIBUTIONS]);
  expect(Object.keys(SUBSTANCE_LABEL)).toEqual([...SUBSTANCES]);
  // "unverified" exists on both scales; a reader must be able to tell which badge is which.
  expect(ATTRIBUTION_LABEL.unverified).not.toBe(SUBSTANCE_LABEL.unverified);
  expect(Object.keys(SOURCE_KIND_LABEL)).toEqual([...SOURCE_KINDS]);
});

test('fullClaimRef makes a local reference absolute and leaves absolute ones alone', () => {
  expect(fullClaimRef('no-troops', 'herald-border-crisis')).toBe('herald-border-crisis#no-troops');
  expect(fullClaimRef('other#x', 'herald-border-crisis')).toBe('other#x');
});

test('claimLink resolves a claim to its anchor on its digest page, with who made it', () => {
  const link = claimLink(graph, 'herald-pact-ready#pact-offered')!;
  expect(link.url).toBe('/digests/herald-pact-ready/#claim-pact-offered');
  expect(link.by?.name).toBe('Test Pact Organization');
  expect([link.claim.attribution, link.claim.substance]).toEqual(['reported', 'single-source']);
  expect(claimLink(graph, 'herald-pact-ready#missing')).toBeUndefined();
});

describe('claimsLedger', () => {
  test('links the claims a claim disputes, listing a mutual dispute once', () => {
    const [row] = claimsLedger(graph, digest(graph, 'herald-border-crisis'));
    expect(row!.by?.id).toBe('rufus-firefly');
    // The two fixture claims dispute each other.
    expect(row!.disputes.map((l) => l.url)).toEqual(['/digests/herald-pact-ready/#claim-pact-offered']);
    expect(row!.disputedBy).toEqual([]);
    expect(row!.debates.map((d) => d.id)).toEqual(['pact-offer']);
  });

  test('lists claims that dispute this one without being disputed back', () => {
    const g = fixtureGraph(
      edit('digests/herald-pact-ready.md', '    disputes: [herald-border-crisis#no-troops]\n', '    disputes: []\n'),
    );
    const [row] = claimsLedger(g, digest(g, 'herald-border-crisis'));
    expect(row!.disputes.map((l) => l.ref)).toEqual(['herald-pact-ready#pact-offered']);
    expect(claimsLedger(g, digest(g, 'herald-pact-ready'))[0]!.disputedBy.map((l) => l.ref)).toEqual([
      'herald-border-crisis#no-troops',
    ]);
  });

  test('lists the first few claims that dispute one and counts the rest, so a row stays bounded', () => {
    const extra = Array.from(
      { length: DISPUTED_BY_SHOWN + 3 },
      (_, i) => `  - { id: doubt-${i}, by: test-pact, text: Doubt ${i}., attribution: unverified, substance: unverified, disputes: [herald-border-crisis#no-troops] }\n`,
    ).join('');
    const g = fixtureGraph(
      edit('digests/herald-pact-ready.md', '    disputes: [herald-border-crisis#no-troops]\n', `    disputes: [herald-border-crisis#no-troops]\n${extra}`),
    );
    const [row] = claimsLedger(g, digest(g, 'herald-border-crisis'));
    expect(row!.disputedBy.map((l) => l.ref)).toEqual(Array.from({ length: DISPUTED_BY_SHOWN }, (_, i) => `herald-pact-ready#doubt-${i}`));
    expect(row!.disputedByMore).toBe(3);
    expect(claimsLedger(graph, digest(graph, 'herald-border-crisis'))[0]!.disputedByMore).toBe(0);
  });

  test('resolves references to a claim in the same digest', () => {
    const g = fixtureGraph(
      edit(
        'digests/herald-pact-ready.md',
        '    disputes: [herald-border-crisis#no-troops]\n',
        '    disputes: [herald-border-crisis#no-troops]\n' +
          '  - { id: second-thoughts, by: test-pact, text: No offer was made., attribution: unverified, substance: unverified, disputes: [pact-offered] }\n',
      ),
    );
    const rows = claimsLedger(g, digest(g, 'herald-pact-ready'));
    expect(rows.map((r) => r.claim.id)).toEqual(['pact-offered', 'second-thoughts']);
    expect(rows[1]!.disputes.map((l) => l.url)).toEqual(['/digests/herald-pact-ready/#claim-pact-offered']);
    // no-troops and pact-offered dispute each other, so only second-thoughts is listed as disputing it.
    expect(rows[0]!.disputedBy.map((l) => l.ref)).toEqual(['herald-pact-ready#second-thoughts']);
  });
});

test('disputeSides resolves every claim on every side', () => {
  const dispute = graph.corpus.dispute.find((d) => d.id === 'pact-offer')!;
  expect(
    disputeSides(graph, dispute).map((side) => ({ position: side.position, by: side.claims.map((c) => c.by?.id) })),
  ).toEqual([
    { position: 'An offer was made', by: ['test-pact'] },
    { position: 'No troops were wanted', by: ['rufus-firefly'] },
  ]);
});

test('judgementsUsed lists the values present on each scale, in canonical order', () => {
  expect(
    judgementsUsed([
      { attribution: 'reported', substance: 'unverified' },
      { attribution: 'documented', substance: 'corroborated' },
      { attribution: 'reported', substance: 'unverified' },
    ]),
  ).toEqual({ attribution: ['documented', 'reported'], substance: ['corroborated', 'unverified'] });
  expect(judgementsUsed([])).toEqual({ attribution: [], substance: [] });
});

describe('evidence', () => {
  test('the ledger resolves claim, digest and source evidence so a reader can follow it', () => {
    const g = fixtureGraph(
      edit(
        'digests/herald-pact-ready.md',
        '    substance: single-source\n',
        '    substance: corroborated\n' +
          '    evidence:\n' +
          '      - { claim: herald-border-crisis#no-troops }\n' +
          '      - { digest: herald-border-crisis }\n' +
          '      - { publisher: Pact Secretariat, title: Annual report, date: "2021-03", url: "https://example.org/report" }\n',
      ),
    );
    const [row] = claimsLedger(g, digest(g, 'herald-pact-ready'));
    expect(row!.evidence.map((e) => e.kind)).toEqual(['claim', 'digest', 'source']);
    expect(row!.evidence[0]!.kind === 'claim' && row!.evidence[0]!.link.url).toBe('/digests/herald-border-crisis/#claim-no-troops');
    expect(row!.evidence[1]!.kind === 'digest' && row!.evidence[1]!.url).toBe('/digests/herald-border-crisis/');
    expect(row!.evidence[2]!.kind === 'source' && row!.evidence[2]!.source.publisher).toBe('Pact Secretariat');
  });

  test('open data makes claim references absolute and keeps source entries whole', () => {
    expect(evidenceData('d', [{ claim: 'c' }, { claim: 'e#f' }, { digest: 'x' }, { publisher: 'P', title: 'T', date: '2020' }])).toEqual([
      { claim: 'd#c' },
      { claim: 'e#f' },
      { digest: 'x' },
      { publisher: 'P', title: 'T', date: '2020' },
    ]);
  });
});

test('originalLink links a certain address, and otherwise a search labelled as one', () => {
  expect(originalLink({ url: 'https://example.org/a', outlet: 'O', headline: 'H' })).toEqual({ href: 'https://example.org/a', isSearch: false });
  const search = originalLink({ outlet: 'Daily Herald', headline: 'Pact "ready" & waiting' });
  expect(search.isSearch).toBe(true);
  expect(new URL(search.href).searchParams.get('q')).toBe('"Pact "ready" & waiting" Daily Herald');
});

test('groupCorrections keeps meaning-changing corrections apart from routine garbles and clutter', () => {
  const c = (kind: Correction['kind'], seed: string): Correction => ({ kind, seed, correct: seed.toUpperCase() });
  const grouped = groupCorrections([c('garble', 'a'), c('error', 'b'), c('clutter', 'c'), c('garble', 'd')]);
  expect(grouped.errors.map((x) => x.seed)).toEqual(['b']);
  expect(grouped.garbles.map((x) => x.seed)).toEqual(['a', 'd']);
  expect(grouped.clutter.map((x) => x.seed)).toEqual(['c']);
});
