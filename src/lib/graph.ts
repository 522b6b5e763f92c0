/**
 * The entity graph: who and what each digest touches, and from there
 * backlinks with context, co-occurrence, related digests and timelines.
 * Built once from a parsed corpus; every page reads from it.
 */
import type { Corpus, Entry } from './corpus.ts';
import { ENTITY_KINDS, type EntityKind, type Kind } from './kinds.ts';
import { type Claim, referencesIn, SCHEMAS } from './schema/index.ts';
import { relatedDigestRanking } from './related-digests.ts';
import { entryUrl } from './urls.ts';

/** What every entity page, link and search result needs to know of an entity. */
export interface EntityRecord {
  kind: EntityKind;
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  url: string;
}

/** A digest that mentions an entity, with the sentences that do. */
export interface Backlink {
  digest: Entry<'digest'>;
  /** Sentences of the body that link the entity; empty when only the front matter names it. */
  sentences: string[];
}

/** A claim together with the digest it is recorded in. */
export interface ClaimInDigest {
  digest: Entry<'digest'>;
  claim: Claim;
}

/** An entry that refers to another (or to a claim), and where. */
export interface Referrer {
  entry: Entry;
  /** The referring field without positions, e.g. "memberships.org" or "claims.disputes". */
  field: string;
  /** Where in the entry's data, e.g. ["memberships", 0, "org"]. */
  path: (string | number)[];
}

export interface Related {
  id: string;
  /** Number of digests the two share. */
  count: number;
}

export interface EntityGraph {
  corpus: Corpus;
  /** Every entity by id. */
  entities: ReadonlyMap<string, EntityRecord>;
  /** Any entry by kind and id. */
  entry<K extends Kind>(kind: K, id: string): Entry<K> | undefined;
  /** Any entry by id alone (ids are unique across kinds). */
  entryById(id: string): Entry | undefined;
  /**
   * Entries whose front matter refers to `target` (an id, or a claim as
   * "digest-id#claim-id"), optionally only through one field: the reverse of
   * every reference the schemas declare, built once.
   */
  referrers(target: string, field?: string): Referrer[];
  /** Digests, newest original publication first. */
  digests: readonly Entry<'digest'>[];
  /** Events in date order, oldest first. */
  timeline: readonly Entry<'event'>[];
  /** An event's position in `timeline`. */
  timelinePosition(eventId: string): number | undefined;
  /** The ids of every entity a digest touches, in front matter or body. */
  entitiesOf(digestId: string): ReadonlySet<string>;
  backlinks(entityId: string): Backlink[];
  /** Entities that appear in the same digests, most shared first. */
  related(entityId: string, limit?: number): Related[];
  /** Digests that share the most entities with this one, rarer entities weighing more (src/lib/related-digests.ts). */
  relatedDigests(digestId: string, limit?: number): Array<{ digest: Entry<'digest'>; shared: string[] }>;
  claimsBy(actorId: string): ClaimInDigest[];
  /** Claims about the entity, or about an event that concerns it. */
  claimsAbout(entityId: string): ClaimInDigest[];
  /** Events that concern the entity, oldest first. */
  eventsOf(entityId: string): Entry<'event'>[];
  /** Disputes about the entity, or about an event that concerns it. */
  disputesAbout(entityId: string): Entry<'dispute'>[];
  /** Looks up a claim by "digest-id#claim-id". */
  claim(ref: string): ClaimInDigest | undefined;
}

/** Dates written YYYY, YYYY-MM or YYYY-MM-DD sort correctly as strings. */
const byDate = (a: string, b: string) => a.localeCompare(b);

export function entityRecords(corpus: Corpus): EntityRecord[] {
  return ENTITY_KINDS.flatMap((kind) =>
    corpus[kind].map((entry) => ({
      kind,
      id: entry.id,
      name: entry.data.name,
      aliases: entry.data.aliases,
      summary: entry.data.summary,
      url: entryUrl(kind, entry.id),
    })),
  );
}

/** Every entry of the corpus, in table order. */
function allEntries(corpus: Corpus): Entry[] {
  return (Object.values(corpus) as Entry[][]).flat();
}

/** A claim reference in its full form, "digest-id#claim-id". */
export function fullClaimRef(ref: string, digestId: string): string {
  return ref.includes('#') ? ref : `${digestId}#${ref}`;
}

/** The claim a reference stands in, as "digest-id#claim-id", for a referrer found under `claims.*` of a digest. */
export function claimRefOf(referrer: Referrer): string {
  const digest = referrer.entry as Entry<'digest'>;
  return `${digest.id}#${digest.data.claims[referrer.path[1] as number]!.id}`;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraph(corpus: Corpus): EntityGraph {
  const entities = new Map(entityRecords(corpus).map((e) => [e.id, e]));
  const byId = new Map(allEntries(corpus).map((e) => [e.id, e]));
  const digests = [...corpus.digest].sort(
    (a, b) => byDate(b.data.source.published, a.data.source.published) || a.id.localeCompare(b.id),
  );
  const timeline = [...corpus.event].sort((a, b) => byDate(a.data.date, b.data.date) || a.id.localeCompare(b.id));

  // Every declared reference, reversed once; subjects (what an entry is
  // about) are what backlinks, timelines and roll-ups are made of.
  const referrers = new Map<string, Referrer[]>();
  const subjectsOf = new Map<string, string[]>();
  // Digests newest first, so every list derived from here is in that order.
  for (const entry of [...digests, ...allEntries(corpus).filter((e) => e.kind !== 'digest')]) {
    const refs = referencesIn(SCHEMAS[entry.kind], entry.data);
    for (const { path, field, value, meta } of refs) {
      const target = 'claim' in meta.target ? fullClaimRef(value, entry.id) : value;
      pushTo(referrers, target, { entry, field, path });
      // Top-level subjects only: a claim's `about` is the claim's subject, not its digest's.
      if (meta.subject && path.length === 2) pushTo(subjectsOf, entry.id, value);
    }
  }
  const subjects = (id: string) => subjectsOf.get(id) ?? [];

  const touched = new Map<string, Set<string>>();
  const backlinks = new Map<string, Backlink[]>();
  for (const digest of digests) {
    const fromBody = digest.rendered.entityLinks.map((l) => l.id).filter((id) => entities.has(id));
    const ids = new Set([...subjects(digest.id), ...fromBody]);
    touched.set(digest.id, ids);
    for (const id of ids) {
      const sentences = digest.rendered.mentions.filter((m) => m.id === id).map((m) => m.sentence);
      pushTo(backlinks, id, { digest, sentences });
    }
  }

  const cooccurrence = new Map<string, Map<string, number>>();
  for (const ids of touched.values()) {
    for (const a of ids) {
      const counts = cooccurrence.get(a) ?? new Map<string, number>();
      cooccurrence.set(a, counts);
      for (const b of ids) if (a !== b) counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }

  const claims = new Map<string, ClaimInDigest>();
  for (const digest of digests) {
    for (const claim of digest.data.claims) claims.set(`${digest.id}#${claim.id}`, { digest, claim });
  }
  // Found once per referrer: page keys ask for every entity's claims, and
  // rebuilding each claim's reference string was a fifth of that.
  const claimOfReferrer = new Map<Referrer, ClaimInDigest>();
  const claimAt = (r: Referrer) => {
    let found = claimOfReferrer.get(r);
    if (!found) claimOfReferrer.set(r, (found = claims.get(claimRefOf(r))!));
    return found;
  };
  const referring = (target: string, field?: string) =>
    (referrers.get(target) ?? []).filter((r) => field === undefined || r.field === field);

  const timelineOrder = new Map(timeline.map((e, i) => [e.id, i]));
  const eventsOf = new Map<string, Entry<'event'>[]>();
  for (const event of timeline) for (const id of subjects(event.id)) pushTo(eventsOf, id, event);
  /** The entity and the events that concern it: what roll-ups gather over. */
  const withEvents = (id: string) => [id, ...(eventsOf.get(id) ?? []).map((e) => e.id)];
  const unique = <T>(items: T[]) => [...new Set(items)];

  const rankRelated = relatedDigestRanking({ order: digests.map((d) => d.id), entitiesOf: (id) => touched.get(id)! });
  return {
    corpus,
    entities,
    entry: <K extends Kind>(kind: K, id: string) => {
      const found = byId.get(id);
      return found?.kind === kind ? (found as Entry<K>) : undefined;
    },
    entryById: (id) => byId.get(id),
    referrers: referring,
    digests,
    timeline,
    timelinePosition: (id) => timelineOrder.get(id),
    entitiesOf: (id) => touched.get(id) ?? new Set(),
    backlinks: (id) => backlinks.get(id) ?? [],
    related: (id, limit = 12) =>
      [...(cooccurrence.get(id) ?? [])]
        .map(([other, count]) => ({ id: other, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .slice(0, limit),
    relatedDigests: (id, limit = 4) => rankRelated(id, limit).map((r) => ({ digest: byId.get(r.id) as Entry<'digest'>, shared: r.shared })),
    claimsBy: (id) => referring(id, 'claims.by').map(claimAt),
    claimsAbout: (id) => unique(withEvents(id).flatMap((target) => referring(target, 'claims.about').map(claimAt))),
    eventsOf: (id) => eventsOf.get(id) ?? [],
    disputesAbout: (id) =>
      unique(withEvents(id).flatMap((target) => referring(target, 'about').filter((r) => r.entry.kind === 'dispute').map((r) => r.entry as Entry<'dispute'>))),
    claim: (ref) => claims.get(ref),
  };
}
