import { describe, expect, test } from 'vitest';
import { parseCorpus } from '../../src/lib/corpus.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { contentTree } from '../support/content-tree.ts';

const graph = buildGraph(parseCorpus(contentTree()).corpus);

describe('entity graph over the fixture corpus', () => {
  test('indexes every entity with its page', () => {
    expect(graph.entities.get('rufus-firefly')).toEqual({
      kind: 'actor',
      id: 'rufus-firefly',
      name: 'Rufus T. Firefly',
      aliases: ['Руфус Файрфлай', '费尔弗莱'],
      summary: 'Fictional leader of Freedonia.',
      url: '/actors/rufus-firefly/',
    });
    expect(graph.entities.size).toBe(10);
  });

  test('orders digests newest first and events oldest first', () => {
    expect(graph.digests.map((d) => d.id)).toEqual(['herald-pact-ready', 'herald-border-crisis']);
    expect(graph.timeline.map((e) => e.id)).toEqual(['pact-founded', 'border-crisis']);
  });

  test('a digest touches the entities of its front matter and its body', () => {
    expect([...graph.entitiesOf('herald-pact-ready')].sort()).toEqual(['border-crisis', 'freedonia', 'porto-chico', 'test-pact']);
  });

  test('backlinks carry the sentences that mention the entity', () => {
    const backlinks = graph.backlinks('sylvania');
    expect(backlinks.map((b) => [b.digest.id, b.sentences])).toEqual([
      ['herald-border-crisis', ['Freedonia and Sylvania share a long border; see Border security.']],
    ]);
    // Named only in front matter: listed, with no sentence to show.
    expect(graph.backlinks('daily-herald').map((b) => [b.digest.id, b.sentences])).toEqual([['herald-border-crisis', []]]);
  });

  test('related entities are ranked by the digests they share', () => {
    expect(graph.related('freedonia').slice(0, 2)).toEqual([
      { id: 'border-crisis', count: 2 },
      { id: 'test-pact', count: 2 },
    ]);
  });

  test('related digests are ranked by shared entities', () => {
    const [related] = graph.relatedDigests('herald-pact-ready');
    expect(related!.digest.id).toBe('herald-border-crisis');
    expect(related!.shared.sort()).toEqual(['border-crisis', 'freedonia', 'test-pact']);
  });

  test('claims are found by who made them and by reference', () => {
    expect(graph.claimsBy('test-pact').map(({ digest, claim }) => `${digest.id}#${claim.id}`)).toEqual([
      'herald-pact-ready#pact-offered',
    ]);
    expect(graph.claim('herald-border-crisis#no-troops')?.claim.by).toBe('rufus-firefly');
    expect(graph.claim('herald-border-crisis#nothing')).toBeUndefined();
  });

  test('events and disputes are found through the entities they concern', () => {
    expect(graph.eventsOf('sylvania').map((e) => e.id)).toEqual(['pact-founded', 'border-crisis']);
    expect(graph.disputesAbout('test-pact').map((d) => d.id)).toEqual(['pact-offer']);
    expect(graph.eventsOf('nobody')).toEqual([]);
  });

  test('a claim about an event rolls up to the countries and actors of the event', () => {
    const refs = (id: string) => graph.claimsAbout(id).map(({ digest, claim }) => `${digest.id}#${claim.id}`);
    expect(refs('border-crisis')).toEqual(['herald-border-crisis#no-troops']);
    expect(refs('sylvania')).toEqual(['herald-border-crisis#no-troops']);
    expect(refs('rufus-firefly')).toEqual(['herald-border-crisis#no-troops']);
    expect(refs('test-pact')).toEqual([]);
  });

  test('every declared reference is reversed: referrers by field, and entries by kind', () => {
    expect(graph.referrers('freedonia', 'country').map((r) => r.entry.id)).toEqual(['rufus-firefly', 'porto-chico']);
    expect(graph.referrers('test-pact', 'memberships.org').find((r) => r.entry.id === 'freedonia')?.path).toEqual(['memberships', 0, 'org']);
    expect(graph.referrers('herald-pact-ready#pact-offered', 'claims.disputes').map((r) => r.entry.id)).toEqual(['herald-border-crisis']);
    expect(graph.entry('place', 'porto-chico')?.data.coordinates).toEqual({ lat: 44.5, lon: 70.25 });
    expect(graph.entry('country', 'porto-chico')).toBeUndefined();
  });

  test('a place has backlinks with the sentence that names it', () => {
    expect(graph.backlinks('porto-chico').map((b) => b.digest.id)).toEqual(['herald-pact-ready']);
    expect(graph.backlinks('porto-chico')[0]!.sentences[0]).toMatch(/at talks in Porto Chico\.$/);
  });
});
