/**
 * Entities as pages show them: grouped for index pages and panels, and the
 * relations between them (members of an organization, people of a country,
 * narrower topics) that the content records on one side only.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph, EntityRecord } from '../graph.ts';
import { ENTITY_LABEL } from '../entity-kinds.ts';
import type { MapCountry } from './map.ts';
import { type ActorKind, ENTITY_TYPES, type EntityType, type Membership, type Role } from '../schema/index.ts';

/** A titled list of entities. */
export interface EntityGroup {
  title: string;
  records: EntityRecord[];
}

/** An entity with a number attached: digests that mention it, or digests shared with another. */
export interface CountedRecord {
  record: EntityRecord;
  count: number;
}

/** Plural headings for each kind of actor. */
export const ACTOR_KIND_LABEL: Record<ActorKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organization', many: 'Organizations' },
  'state-body': { one: 'State body', many: 'State bodies' },
};

const byName = (a: EntityRecord, b: EntityRecord) => a.name.localeCompare(b.name, 'en');

interface EntityIndex {
  countries: Map<string, Entry<'countries'>>;
  actors: Map<string, Entry<'actors'>>;
  topics: Map<string, Entry<'topics'>>;
  events: Map<string, Entry<'events'>>;
  members: Map<string, Array<{ id: string; membership: Membership }>>;
  officeholders: Map<string, Array<{ id: string; role: Role }>>;
  actorsOfCountry: Map<string, string[]>;
  narrower: Map<string, string[]>;
}

const indexes = new WeakMap<EntityGraph, EntityIndex>();

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The reverse relations of the corpus, built once per graph. */
function entityIndex(graph: EntityGraph): EntityIndex {
  let index = indexes.get(graph);
  if (index) return index;
  const { corpus } = graph;
  index = {
    countries: new Map(corpus.countries.map((e) => [e.id, e])),
    actors: new Map(corpus.actors.map((e) => [e.id, e])),
    topics: new Map(corpus.topics.map((e) => [e.id, e])),
    events: new Map(corpus.events.map((e) => [e.id, e])),
    members: new Map(),
    officeholders: new Map(),
    actorsOfCountry: new Map(),
    narrower: new Map(),
  };
  for (const entry of [...corpus.countries, ...corpus.actors]) {
    for (const membership of entry.data.memberships) push(index.members, membership.org, { id: entry.id, membership });
  }
  for (const actor of corpus.actors) {
    if (actor.data.country) push(index.actorsOfCountry, actor.data.country, actor.id);
    for (const role of actor.data.roles) if (role.org) push(index.officeholders, role.org, { id: actor.id, role });
  }
  for (const topic of corpus.topics) for (const broader of topic.data.broader) push(index.narrower, broader, topic.id);
  indexes.set(graph, index);
  return index;
}

/** The content entry of a country, by id. */
export function countryEntry(graph: EntityGraph, id: string): Entry<'countries'> | undefined {
  return entityIndex(graph).countries.get(id);
}

/** The content entry of an actor, by id. */
export function actorEntry(graph: EntityGraph, id: string): Entry<'actors'> | undefined {
  return entityIndex(graph).actors.get(id);
}

/** The content entry of a topic, by id. */
export function topicEntry(graph: EntityGraph, id: string): Entry<'topics'> | undefined {
  return entityIndex(graph).topics.get(id);
}

/** The content entry of an event, by id. */
export function eventEntry(graph: EntityGraph, id: string): Entry<'events'> | undefined {
  return entityIndex(graph).events.get(id);
}

/** Records for the ids that have pages, in the given order. */
export function recordsOf(graph: EntityGraph, ids: Iterable<string>): EntityRecord[] {
  return [...ids].map((id) => graph.entities.get(id)).filter((r) => r !== undefined);
}

/** Entities grouped by type (countries, actors, topics, events), each group sorted by name; empty groups left out. */
export function groupByType(graph: EntityGraph, ids: Iterable<string>): Array<EntityGroup & { type: EntityType }> {
  const records = recordsOf(graph, new Set(ids));
  return ENTITY_TYPES.map((type) => ({
    type,
    title: ENTITY_LABEL[type].many,
    records: records.filter((r) => r.type === type).sort(type === 'event' ? byDateOf(graph) : byName),
  })).filter((group) => group.records.length > 0);
}

/** Events sort by date, not by name. */
function byDateOf(graph: EntityGraph) {
  const index = entityIndex(graph);
  return (a: EntityRecord, b: EntityRecord) =>
    (index.events.get(a.id)?.data.date ?? '').localeCompare(index.events.get(b.id)?.data.date ?? '') || byName(a, b);
}

/**
 * How an index page groups its entities: countries with Central Asia first,
 * actors by kind, events by decade, topics in one list.
 */
export function indexGroups(graph: EntityGraph, type: EntityType): EntityGroup[] {
  const index = entityIndex(graph);
  const all = [...graph.entities.values()].filter((r) => r.type === type);
  const groups: EntityGroup[] = [];
  const add = (title: string, records: EntityRecord[], sort: (a: EntityRecord, b: EntityRecord) => number = byName) => {
    if (records.length) groups.push({ title, records: records.sort(sort) });
  };
  switch (type) {
    case 'country': {
      const central = (r: EntityRecord) => index.countries.get(r.id)?.data.centralAsia === true;
      add('Central Asia', all.filter(central));
      add('Other countries', all.filter((r) => !central(r)));
      break;
    }
    case 'actor':
      for (const kind of Object.keys(ACTOR_KIND_LABEL) as ActorKind[]) {
        add(ACTOR_KIND_LABEL[kind].many, all.filter((r) => index.actors.get(r.id)?.data.kind === kind));
      }
      break;
    case 'event': {
      const decades = new Map<string, EntityRecord[]>();
      for (const event of graph.timeline) {
        push(decades, `${event.data.date.slice(0, 3)}0s`, graph.entities.get(event.id)!);
      }
      for (const [decade, records] of decades) add(decade, records, () => 0);
      break;
    }
    case 'topic':
      add(ENTITY_LABEL.topic.many, all);
      break;
  }
  return groups;
}

/** Countries, organizations and others that hold a membership of an organization, founding members first. */
export function membersOf(graph: EntityGraph, orgId: string): Array<{ record: EntityRecord; membership: Membership }> {
  const rank = (m: Membership) => ['founding-member', 'member', 'observer', 'dialogue-partner', 'former-member'].indexOf(m.status);
  return (entityIndex(graph).members.get(orgId) ?? [])
    .map(({ id, membership }) => ({ record: graph.entities.get(id)!, membership }))
    .sort((a, b) => rank(a.membership) - rank(b.membership) || byName(a.record, b.record));
}

/** People who held an office in an organization or state body, most recent first. */
export function officeholdersOf(graph: EntityGraph, orgId: string): Array<{ record: EntityRecord; role: Role }> {
  return (entityIndex(graph).officeholders.get(orgId) ?? [])
    .map(({ id, role }) => ({ record: graph.entities.get(id)!, role }))
    .sort((a, b) => (b.role.from ?? '').localeCompare(a.role.from ?? '') || byName(a.record, b.record));
}

/** Actors based in a country, grouped by kind. */
export function actorsOfCountry(graph: EntityGraph, countryId: string): EntityGroup[] {
  const index = entityIndex(graph);
  const records = recordsOf(graph, index.actorsOfCountry.get(countryId) ?? []);
  return (Object.keys(ACTOR_KIND_LABEL) as ActorKind[])
    .map((kind) => ({
      title: ACTOR_KIND_LABEL[kind].many,
      records: records.filter((r) => index.actors.get(r.id)?.data.kind === kind).sort(byName),
    }))
    .filter((group) => group.records.length > 0);
}

/** Topics that name this one among their broader topics. */
export function narrowerTopics(graph: EntityGraph, topicId: string): EntityRecord[] {
  return recordsOf(graph, entityIndex(graph).narrower.get(topicId) ?? []).sort(byName);
}

/** Entities that share digests with this one, grouped by type, each with the number of digests shared. */
export function relatedByType(
  graph: EntityGraph,
  entityId: string,
  limit = 16,
): Array<{ type: EntityType; title: string; items: CountedRecord[] }> {
  const items = graph
    .related(entityId, limit)
    .map(({ id, count }) => ({ record: graph.entities.get(id), count }))
    .filter((item): item is CountedRecord => item.record !== undefined);
  return ENTITY_TYPES.map((type) => ({
    type,
    title: ENTITY_LABEL[type].many,
    items: items.filter((item) => item.record.type === type),
  })).filter((group) => group.items.length > 0);
}

/** The number of digests that touch each entity of a type, most first; entities no digest touches are left out. */
export function coverage(graph: EntityGraph, type: EntityType): CountedRecord[] {
  return [...graph.entities.values()]
    .filter((r) => r.type === type)
    .map((record) => ({ record, count: graph.backlinks(record.id).length }))
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count || byName(a.record, b.record));
}

/** Countries that can be drawn (those with an ISO code), with how many digests touch each. */
export function mapCountries(graph: EntityGraph): MapCountry[] {
  return graph.corpus.countries
    .filter((entry) => entry.data.isoNumeric)
    .map((entry) => {
      const record = graph.entities.get(entry.id)!;
      return {
        id: entry.id,
        name: record.name,
        url: record.url,
        isoNumeric: entry.data.isoNumeric!,
        digests: graph.backlinks(entry.id).length,
      };
    });
}

/** The content entry of any entity, by type and id. */
export function entityEntry(
  graph: EntityGraph,
  type: EntityType,
  id: string,
): Entry<'countries' | 'actors' | 'topics' | 'events'> | undefined {
  const index = entityIndex(graph);
  return { country: index.countries, actor: index.actors, topic: index.topics, event: index.events }[type].get(id);
}
