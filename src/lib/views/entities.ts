/**
 * Entities as pages show them: grouped for index pages and panels, and the
 * relations between them (members of an organization, people of a country,
 * narrower topics) that the content records on one side only.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph, EntityRecord } from '../graph.ts';
import { ENTITY_KINDS, type EntityKind, KINDS } from '../kinds.ts';
import { formatDate } from './dates.ts';
import type { MapCountry, MapPlace } from './map.ts';
import type { ActorKind, Membership, Role } from '../schema/index.ts';

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
const byEntryName = (a: Entry, b: Entry) => nameOf(a).localeCompare(nameOf(b), 'en') || a.id.localeCompare(b.id);
const nameOf = (entry: Entry) => ('name' in entry.data ? entry.data.name : entry.data.title);

/** The entries of an entity kind in the order index pages and search list them: events by date, the rest by name. */
export function entitiesInOrder<K extends EntityKind>(graph: EntityGraph, kind: K): Entry<K>[] {
  if (kind === 'event') return [...graph.timeline] as Entry<K>[];
  return [...graph.corpus[kind]].sort(byEntryName) as Entry<K>[];
}

/** Disputes by title; the first `limit` of them when given. */
export function disputesInOrder(graph: EntityGraph, limit?: number): Entry<'dispute'>[] {
  return [...graph.corpus.dispute].sort(byEntryName).slice(0, limit);
}

/** The newest digests by original publication. */
export function latestDigests(graph: EntityGraph, limit: number): Entry<'digest'>[] {
  return graph.digests.slice(0, limit);
}

/** The Central Asian states (countries marked `centralAsia`), by name. */
export function centralAsianStates(graph: EntityGraph): EntityRecord[] {
  return recordsOf(
    graph,
    graph.corpus.country.filter((c) => c.data.centralAsia).map((c) => c.id),
  ).sort(byName);
}

/** The entries that refer to `id` through `field`, as records (those that are entities). */
function referringRecords(graph: EntityGraph, id: string, field: string): EntityRecord[] {
  return recordsOf(graph, graph.referrers(id, field).map((r) => r.entry.id));
}

/** The word or two after the kind above an entity's name: an actor's kind, "Central Asia", an event's date. */
export function entityQualifier(graph: EntityGraph, record: EntityRecord): string | undefined {
  const actor = graph.entry('actor', record.id)?.data;
  if (actor) return ACTOR_KIND_LABEL[actor.kind].one;
  if (graph.entry('country', record.id)?.data.centralAsia) return 'Central Asia';
  const event = graph.entry('event', record.id)?.data;
  return event && formatDate(event.date, event.approximate);
}

/** Records for the ids that have pages, in the given order. */
export function recordsOf(graph: EntityGraph, ids: Iterable<string>): EntityRecord[] {
  return [...ids].map((id) => graph.entities.get(id)).filter((r) => r !== undefined);
}

/** Entities grouped by kind (countries, actors, topics, events, …), each group sorted by name (events by date); empty groups left out. */
export function groupByKind(graph: EntityGraph, ids: Iterable<string>): Array<EntityGroup & { kind: EntityKind }> {
  const records = recordsOf(graph, new Set(ids));
  return ENTITY_KINDS.map((kind) => ({
    kind,
    title: KINDS[kind].many,
    records: records.filter((r) => r.kind === kind).sort(kind === 'event' ? byDateOf(graph) : byName),
  })).filter((group) => group.records.length > 0);
}

/** Events sort by date, not by name. */
function byDateOf(graph: EntityGraph) {
  const date = (r: EntityRecord) => graph.entry('event', r.id)?.data.date ?? '';
  return (a: EntityRecord, b: EntityRecord) => date(a).localeCompare(date(b)) || byName(a, b);
}

/**
 * How an index page groups its entities: countries with Central Asia first,
 * actors by kind, events by decade; other kinds in one list.
 */
export function indexGroups(graph: EntityGraph, kind: EntityKind): EntityGroup[] {
  const all = recordsOf(graph, entitiesInOrder(graph, kind).map((e) => e.id));
  const groups: EntityGroup[] = [];
  const add = (title: string, records: EntityRecord[]) => {
    if (records.length) groups.push({ title, records });
  };
  switch (kind) {
    case 'country': {
      const central = (r: EntityRecord) => graph.entry('country', r.id)?.data.centralAsia === true;
      add('Central Asia', all.filter(central));
      add('Other countries', all.filter((r) => !central(r)));
      break;
    }
    case 'actor':
      for (const group of actorsByKind(graph, all)) add(group.title, group.records);
      break;
    case 'event': {
      const decades = new Map<string, EntityRecord[]>();
      for (const record of all) push(decades, `${graph.entry('event', record.id)!.data.date.slice(0, 3)}0s`, record);
      for (const [decade, records] of decades) add(decade, records);
      break;
    }
    default:
      add(KINDS[kind].many, all);
  }
  return groups;
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Actor records grouped by kind of actor (people, organizations, state bodies), in the given order. */
function actorsByKind(graph: EntityGraph, records: EntityRecord[]): EntityGroup[] {
  return (Object.keys(ACTOR_KIND_LABEL) as ActorKind[])
    .map((kind) => ({
      title: ACTOR_KIND_LABEL[kind].many,
      records: records.filter((r) => graph.entry('actor', r.id)?.data.kind === kind),
    }))
    .filter((group) => group.records.length > 0);
}

/** Countries, organizations and others that hold a membership of an organization, founding members first. */
export function membersOf(graph: EntityGraph, orgId: string): Array<{ record: EntityRecord; membership: Membership }> {
  const rank = (m: Membership) => ['founding-member', 'member', 'observer', 'dialogue-partner', 'former-member'].indexOf(m.status);
  return graph
    .referrers(orgId, 'memberships.org')
    .map((r) => ({
      record: graph.entities.get(r.entry.id)!,
      membership: (r.entry.data as { memberships: Membership[] }).memberships[r.path[1] as number]!,
    }))
    .sort((a, b) => rank(a.membership) - rank(b.membership) || byName(a.record, b.record));
}

/** People who held an office in an organization or state body, most recent first. */
export function officeholdersOf(graph: EntityGraph, orgId: string): Array<{ record: EntityRecord; role: Role }> {
  return graph
    .referrers(orgId, 'roles.org')
    .map((r) => ({ record: graph.entities.get(r.entry.id)!, role: (r.entry as Entry<'actor'>).data.roles[r.path[1] as number]! }))
    .sort((a, b) => (b.role.from ?? '').localeCompare(a.role.from ?? '') || byName(a.record, b.record));
}

/** Actors based in a country, grouped by kind. */
export function actorsOfCountry(graph: EntityGraph, countryId: string): EntityGroup[] {
  return actorsByKind(graph, referringRecords(graph, countryId, 'country').filter((r) => r.kind === 'actor').sort(byName));
}

/** Topics that name this one among their broader topics. */
export function narrowerTopics(graph: EntityGraph, topicId: string): EntityRecord[] {
  return referringRecords(graph, topicId, 'broader').sort(byName);
}

/** Entities that share digests with this one, grouped by type, each with the number of digests shared. */
export function relatedByKind(
  graph: EntityGraph,
  entityId: string,
  limit = 16,
): Array<{ kind: EntityKind; title: string; items: CountedRecord[] }> {
  const items = graph
    .related(entityId, limit)
    .map(({ id, count }) => ({ record: graph.entities.get(id), count }))
    .filter((item): item is CountedRecord => item.record !== undefined);
  return ENTITY_KINDS.map((kind) => ({
    kind,
    title: KINDS[kind].many,
    items: items.filter((item) => item.record.kind === kind),
  })).filter((group) => group.items.length > 0);
}

/** The number of digests that touch each entity of a type, most first; entities no digest touches are left out. */
export function coverage(graph: EntityGraph, kind: EntityKind): CountedRecord[] {
  return [...graph.entities.values()]
    .filter((r) => r.kind === kind)
    .map((record) => ({ record, count: graph.backlinks(record.id).length }))
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count || byName(a.record, b.record));
}

/** Countries that can be drawn (those with an ISO code), with how many digests touch each. */
export function mapCountries(graph: EntityGraph): MapCountry[] {
  return graph.corpus.country
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

/** Places with coordinates, with how many digests touch each. */
export function mapPlaces(graph: EntityGraph): MapPlace[] {
  return graph.corpus.place.map((entry) => ({
    id: entry.id,
    name: entry.data.name,
    url: graph.entities.get(entry.id)!.url,
    lat: entry.data.coordinates.lat,
    lon: entry.data.coordinates.lon,
    digests: graph.backlinks(entry.id).length,
  }));
}
