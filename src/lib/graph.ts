/**
 * The entity graph: who and what each digest touches, and from there
 * backlinks with context, co-occurrence, related digests and timelines.
 * Built once from a parsed corpus; every page reads from it.
 */
import type { Corpus, Entry } from './corpus.ts';
import type { Claim, EntityType } from './schema/index.ts';
import { ENTITY_COLLECTION, ENTITY_TYPES } from './schema/index.ts';
import { entryUrl } from './urls.ts';

/** What every entity page, link and search result needs to know of an entity. */
export interface EntityRecord {
  type: EntityType;
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  url: string;
}

/** A digest that mentions an entity, with the sentences that do. */
export interface Backlink {
  digest: Entry<'digests'>;
  /** Sentences of the body that link the entity; empty when only the front matter names it. */
  sentences: string[];
}

/** A claim together with the digest it is recorded in. */
export interface ClaimInDigest {
  digest: Entry<'digests'>;
  claim: Claim;
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
  /** Digests, newest original publication first. */
  digests: readonly Entry<'digests'>[];
  /** Events in date order, oldest first. */
  timeline: readonly Entry<'events'>[];
  /** The ids of every entity a digest touches, in front matter or body. */
  entitiesOf(digestId: string): ReadonlySet<string>;
  backlinks(entityId: string): Backlink[];
  /** Entities that appear in the same digests, most shared first. */
  related(entityId: string, limit?: number): Related[];
  /** Digests that share the most entities with this one. */
  relatedDigests(digestId: string, limit?: number): Array<{ digest: Entry<'digests'>; shared: string[] }>;
  claimsBy(actorId: string): ClaimInDigest[];
  claimsAbout(entityId: string): ClaimInDigest[];
  /** Events that concern the entity, oldest first. */
  eventsOf(entityId: string): Entry<'events'>[];
  disputesAbout(entityId: string): Entry<'disputes'>[];
  /** Looks up a claim by "digest-id#claim-id". */
  claim(ref: string): ClaimInDigest | undefined;
}

/** Dates written YYYY, YYYY-MM or YYYY-MM-DD sort correctly as strings. */
const byDate = (a: string, b: string) => a.localeCompare(b);

export function entityRecords(corpus: Corpus): EntityRecord[] {
  return ENTITY_TYPES.flatMap((type) =>
    (corpus[ENTITY_COLLECTION[type]] as Entry<'countries' | 'actors' | 'topics' | 'events'>[]).map((entry) => ({
      type,
      id: entry.id,
      name: entry.data.name,
      aliases: entry.data.aliases,
      summary: entry.data.summary,
      url: entryUrl(type, entry.id),
    })),
  );
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraph(corpus: Corpus): EntityGraph {
  const entities = new Map(entityRecords(corpus).map((e) => [e.id, e]));
  const digests = [...corpus.digests].sort(
    (a, b) => byDate(b.data.source.published, a.data.source.published) || a.id.localeCompare(b.id),
  );
  const timeline = [...corpus.events].sort((a, b) => byDate(a.data.date, b.data.date) || a.id.localeCompare(b.id));

  const touched = new Map<string, Set<string>>();
  const backlinks = new Map<string, Backlink[]>();
  for (const digest of digests) {
    const d = digest.data;
    const fromBody = digest.rendered.entityLinks.map((l) => l.id).filter((id) => entities.has(id));
    const ids = new Set([...d.countries, ...d.actors, ...d.topics, ...d.events, ...fromBody]);
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

  const claimsBy = new Map<string, ClaimInDigest[]>();
  const claimsAbout = new Map<string, ClaimInDigest[]>();
  const claims = new Map<string, ClaimInDigest>();
  for (const digest of digests) {
    for (const claim of digest.data.claims) {
      const item = { digest, claim };
      claims.set(`${digest.id}#${claim.id}`, item);
      pushTo(claimsBy, claim.by, item);
      for (const id of claim.about) pushTo(claimsAbout, id, item);
    }
  }

  const eventsOf = new Map<string, Entry<'events'>[]>();
  for (const event of timeline) {
    for (const id of [...event.data.countries, ...event.data.actors, ...event.data.topics]) pushTo(eventsOf, id, event);
  }
  const disputesAbout = new Map<string, Entry<'disputes'>[]>();
  for (const dispute of corpus.disputes) for (const id of dispute.data.about) pushTo(disputesAbout, id, dispute);

  // Which digests touch each entity, by position in `digests`: relatedDigests
  // counts shared entities over these lists instead of comparing every pair of
  // digests, which made building all digest pages quadratic in corpus size.
  const digestIndex = new Map(digests.map((d, i) => [d.id, i]));
  const digestsTouching = new Map<string, number[]>();
  digests.forEach((d, i) => {
    for (const id of touched.get(d.id)!) pushTo(digestsTouching, id, i);
  });
  const sharedCount = new Int32Array(digests.length);
  return {
    corpus,
    entities,
    digests,
    timeline,
    entitiesOf: (id) => touched.get(id) ?? new Set(),
    backlinks: (id) => backlinks.get(id) ?? [],
    related: (id, limit = 12) =>
      [...(cooccurrence.get(id) ?? [])]
        .map(([other, count]) => ({ id: other, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .slice(0, limit),
    relatedDigests: (id, limit = 4) => {
      const own = touched.get(id) ?? new Set<string>();
      const self = digestIndex.get(id);
      const candidates: number[] = [];
      for (const entity of own) {
        for (const j of digestsTouching.get(entity) ?? []) {
          if (j === self) continue;
          if (sharedCount[j] === 0) candidates.push(j);
          sharedCount[j]!++;
        }
      }
      // Most shared entities first, then by id; only the best `limit` are kept.
      const before = (a: number, b: number) =>
        sharedCount[a]! > sharedCount[b]! || (sharedCount[a] === sharedCount[b] && digests[a]!.id.localeCompare(digests[b]!.id) < 0);
      const best: number[] = [];
      for (const j of candidates) {
        if (best.length === limit && !before(j, best[best.length - 1]!)) continue;
        let at = best.length;
        while (at > 0 && before(j, best[at - 1]!)) at--;
        best.splice(at, 0, j);
        if (best.length > limit) best.pop();
      }
      for (const j of candidates) sharedCount[j] = 0;
      return best.map((j) => ({ digest: digests[j]!, shared: [...touched.get(digests[j]!.id)!].filter((e) => own.has(e)) }));
    },
    claimsBy: (id) => claimsBy.get(id) ?? [],
    claimsAbout: (id) => claimsAbout.get(id) ?? [],
    eventsOf: (id) => eventsOf.get(id) ?? [],
    disputesAbout: (id) => disputesAbout.get(id) ?? [],
    claim: (ref) => claims.get(ref),
  };
}
