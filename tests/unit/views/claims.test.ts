import { describe, expect, test } from 'vitest';
import { CLAIM_STATUSES, SOURCE_KINDS } from '../../../src/lib/schema/index.ts';
import {
  CLAIM_STATUS_LABEL,
  claimLink,
  claimsLedger,
  disputeSides,
  fullClaimRef,
  SOURCE_KIND_LABEL,
  statusesUsed,
} from '../../../src/lib/views/claims.ts';
import { edit } from '../../support/content-tree.ts';
import { fixtureGraph } from './fixture-graph.ts';

const graph = fixtureGraph();
const digest = (g: typeof graph, id: string) => g.digests.find((d) => d.id === id)!;

test('every status and kind of copy has a label', () => {
  expect(Object.keys(CLAIM_STATUS_LABEL)).toEqual([...CLAIM_STATUSES]);
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
  expect(link.claim.status).toBe('single-source');
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

  test('resolves references to a claim in the same digest', () => {
    const g = fixtureGraph(
      edit(
        'digests/herald-pact-ready.md',
        '    disputes: [herald-border-crisis#no-troops]\n',
        '    disputes: [herald-border-crisis#no-troops]\n' +
          '  - { id: second-thoughts, by: test-pact, text: No offer was made., status: unverified, disputes: [pact-offered] }\n',
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

test('statusesUsed lists the statuses present, in canonical order', () => {
  expect(statusesUsed([{ status: 'unverified' }, { status: 'corroborated' }, { status: 'unverified' }])).toEqual([
    'corroborated',
    'unverified',
  ]);
  expect(statusesUsed([])).toEqual([]);
});
