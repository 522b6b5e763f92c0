import { describe, expect, test } from 'vitest';
import {
  actorsOfCountry,
  coverage,
  groupByKind,
  indexGroups,
  mapCountries,
  membersOf,
  narrowerTopics,
  officeholdersOf,
  recordsOf,
  relatedByKind,
} from '../../../src/lib/views/entities.ts';
import { fixtureGraph } from './fixture-graph.ts';

const graph = fixtureGraph({
  'actors/pact-council.md': [
    '---',
    'name: Pact Council',
    'summary: The governing council of the Test Pact.',
    'kind: state-body',
    'country: freedonia',
    'memberships: [{ org: test-pact, from: "2010", status: observer }]',
    '---',
    'A council.',
  ].join('\n'),
  'actors/minister.md': [
    '---',
    'name: A. Minister',
    'summary: Secretary of the Pact.',
    'kind: person',
    'roles:',
    '  - { title: Secretary, org: test-pact, from: "2015", to: "2019" }',
    '  - { title: Secretary, org: test-pact, from: "2020" }',
    '---',
    'A minister.',
  ].join('\n'),
});
const names = (records: Array<{ name: string }>) => records.map((r) => r.name);

describe('indexGroups', () => {
  test('puts Central Asian countries first', () => {
    expect(indexGroups(graph, 'country').map((g) => [g.title, names(g.records)])).toEqual([
      ['Central Asia', ['Freedonia']],
      ['Other countries', ['Sylvania']],
    ]);
  });

  test('groups actors by kind, each sorted by name', () => {
    expect(indexGroups(graph, 'actor').map((g) => [g.title, names(g.records)])).toEqual([
      ['People', ['A. Minister', 'Rufus T. Firefly']],
      ['Organizations', ['Daily Herald', 'Test Pact Organization']],
      ['State bodies', ['Pact Council']],
    ]);
  });

  test('groups events by decade in date order', () => {
    expect(indexGroups(graph, 'event').map((g) => [g.title, names(g.records)])).toEqual([
      ['2000s', ['Test Pact founded']],
      ['2020s', ['Border crisis']],
    ]);
  });

  test('lists topics in one group', () => {
    expect(indexGroups(graph, 'topic').map((g) => names(g.records))).toEqual([['Border security', 'Non-interference']]);
  });
});

test('groupByKind orders groups by type and leaves empty ones out', () => {
  const groups = groupByKind(graph, ['border-crisis', 'sylvania', 'freedonia', 'pact-founded', 'no-such-id']);
  expect(groups.map((g) => [g.kind, names(g.records)])).toEqual([
    ['country', ['Freedonia', 'Sylvania']],
    ['event', ['Test Pact founded', 'Border crisis']],
  ]);
});

test('recordsOf keeps order and skips ids without pages', () => {
  expect(recordsOf(graph, ['sylvania', 'nope', 'freedonia']).map((r) => r.id)).toEqual(['sylvania', 'freedonia']);
});

test('membersOf lists founding members first, whatever their type', () => {
  expect(membersOf(graph, 'test-pact').map((m) => [m.record.id, m.membership.status])).toEqual([
    ['freedonia', 'founding-member'],
    ['pact-council', 'observer'],
  ]);
  expect(membersOf(graph, 'freedonia')).toEqual([]);
});

test('officeholdersOf lists the most recent office first', () => {
  expect(officeholdersOf(graph, 'test-pact').map((o) => [o.record.id, o.role.from])).toEqual([
    ['minister', '2020'],
    ['minister', '2015'],
  ]);
});

test('actorsOfCountry groups the actors based in a country by kind', () => {
  expect(actorsOfCountry(graph, 'freedonia').map((g) => [g.title, names(g.records)])).toEqual([
    ['People', ['Rufus T. Firefly']],
    ['State bodies', ['Pact Council']],
  ]);
  expect(actorsOfCountry(graph, 'sylvania')).toEqual([]);
});

test('narrowerTopics reverses "broader"', () => {
  expect(narrowerTopics(graph, 'border-security').map((r) => r.id)).toEqual(['non-interference']);
  expect(narrowerTopics(graph, 'non-interference')).toEqual([]);
});

test('relatedByKind groups co-occurring entities with the number of shared digests', () => {
  const groups = relatedByKind(graph, 'freedonia');
  expect(groups.map((g) => g.kind)).toEqual(['country', 'actor', 'topic', 'event', 'place']);
  const countries = groups.find((g) => g.kind === 'country')!.items;
  expect(countries.map((i) => [i.record.id, i.count])).toEqual([['sylvania', 1]]);
  const actors = groups.find((g) => g.kind === 'actor')!.items;
  expect(actors.find((i) => i.record.id === 'test-pact')!.count).toBe(2);
});

test('coverage counts the digests touching each entity, most first', () => {
  expect(coverage(graph, 'country').map((c) => [c.record.id, c.count])).toEqual([
    ['freedonia', 2],
    ['sylvania', 1],
  ]);
});

test('mapCountries lists the countries that have an ISO code, with their coverage', () => {
  expect(mapCountries(graph)).toEqual([
    { id: 'freedonia', name: 'Freedonia', url: '/countries/freedonia/', isoNumeric: '999', digests: 2 },
  ]);
  expect(graph.entry('country', 'freedonia')?.data.capital).toMatch(/^Freedon/);
});
