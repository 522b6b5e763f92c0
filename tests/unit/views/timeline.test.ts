import { expect, test } from 'vitest';
import {
  eventFacets,
  eventsByYear,
  groupBy,
  latestEvents,
  timelineFacetOptions,
  timelineLink,
  timelineWindow,
} from '../../../src/lib/views/timeline.ts';
import { fixtureGraph } from './fixture-graph.ts';

const graph = fixtureGraph({
  'events/later-talks.md': '---\nname: Later talks\nsummary: Talks.\ndate: "2022-06"\ncountries: [sylvania]\n---\nTalks.',
});

test('eventFacets reads the countries, actors and topics of an event', () => {
  const event = graph.timeline.find((e) => e.id === 'pact-founded')!;
  expect(eventFacets(event)).toEqual({ country: ['freedonia', 'sylvania'], actor: ['test-pact'], topic: ['border-security'], place: [] });
});

test('eventsByYear keeps date order within and across years', () => {
  expect(eventsByYear(graph.timeline).map((g) => [g.key, g.items.map((e) => e.id)])).toEqual([
    ['2001', ['pact-founded']],
    ['2022', ['border-crisis', 'later-talks']],
  ]);
});

test('groupBy keeps groups in order of first appearance', () => {
  expect(groupBy(['b1', 'a1', 'b2'], (s) => s[0]!)).toEqual([
    { key: 'b', items: ['b1', 'b2'] },
    { key: 'a', items: ['a1'] },
  ]);
});

test('timelineFacetOptions offers each entity that events concern, with its number of events', () => {
  const options = timelineFacetOptions(graph);
  expect(options.country.map((o) => [o.record.id, o.count])).toEqual([
    ['freedonia', 2],
    ['sylvania', 3],
  ]);
  expect(options.actor.map((o) => o.record.id)).toEqual(['rufus-firefly', 'test-pact']);
  expect(options.topic.map((o) => o.record.id)).toEqual(['border-security']);
});

test('latestEvents gives the newest first', () => {
  expect(latestEvents(graph, 2).map((e) => e.id)).toEqual(['later-talks', 'border-crisis']);
});

test('timelineWindow gives an event with the events around it, in date order', () => {
  const ids = (events: Array<{ id: string }>) => events.map((e) => e.id);
  expect(ids(timelineWindow(graph, 'border-crisis', 1))).toEqual(['pact-founded', 'border-crisis', 'later-talks']);
  expect(ids(timelineWindow(graph, 'pact-founded'))).toEqual(['pact-founded', 'border-crisis', 'later-talks']);
  expect(ids(timelineWindow(graph, 'later-talks', 1))).toEqual(['border-crisis', 'later-talks']);
  expect(timelineWindow(graph, 'no-such-event')).toEqual([]);
});

test('timelineLink points at an event’s item, or the timeline filtered to an entity', () => {
  expect(timelineLink('event', 'border-crisis')).toBe('/timeline/#event-border-crisis');
  expect(timelineLink('country', 'kazakhstan')).toBe('/timeline/?country=kazakhstan');
  expect(timelineLink('topic', 'border-security')).toBe('/timeline/?topic=border-security');
});
