/**
 * What a page shows, as the entries it is made from: the input of each
 * page's cache key for incremental builds (src/data/page-keys.ts). A page
 * about X shows X, the entries next to it in the graph (what X refers to, what
 * refers to X, its backlinks, related digests and entities, claims, disputes
 * and events) and, of each of those, the entries it names (a claim's author,
 * a digest's countries). When any of them changes, the page is built again.
 *
 * The set is generous on purpose: a page rebuilt for nothing costs a few
 * milliseconds, a page not rebuilt when it should be is a wrong site.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph } from '../graph.ts';
import type { Kind } from '../kinds.ts';
import { referencesIn, SCHEMAS } from '../schema/index.ts';

/** The ids an entry's front matter refers to (claim references by their digest): what a listing of it can name. */
export function namedBy(entry: Entry): string[] {
  return referencesIn(SCHEMAS[entry.kind], entry.data).map((r) => ('claim' in r.meta.target ? r.value.split('#')[0]! : r.value));
}

/** The entries next to `id` in the graph: everything its page can list. */
function neighbours(graph: EntityGraph, entry: Entry): Set<string> {
  const { id } = entry;
  const out = new Set<string>([
    ...namedBy(entry),
    ...graph.referrers(id).map((r) => r.entry.id),
    ...entry.rendered.entityLinks.map((l) => l.id),
  ]);
  const add = (ids: Iterable<string>) => {
    for (const other of ids) out.add(other);
  };
  if (entry.kind === 'digest') {
    const digest = entry as Entry<'digest'>;
    add(graph.entitiesOf(id));
    add(graph.relatedDigests(id).map((r) => r.digest.id));
    for (const claim of digest.data.claims) add(graph.referrers(`${id}#${claim.id}`).map((r) => r.entry.id));
  } else if (entry.kind !== 'dispute') {
    add(graph.backlinks(id).map((b) => b.digest.id));
    add(graph.related(id).map((r) => r.id));
    add(graph.claimsBy(id).map((c) => c.digest.id));
    add(graph.claimsAbout(id).map((c) => c.digest.id));
    add(graph.eventsOf(id).map((e) => e.id));
    add(graph.disputesAbout(id).map((d) => d.id));
    // An event's page shows the events either side of it on the timeline.
    const at = graph.timelinePosition(id);
    if (at !== undefined) add(graph.timeline.slice(Math.max(0, at - 2), at + 3).map((e) => e.id));
  }
  out.delete(id);
  return out;
}

/**
 * The entries next to the page's own in the graph, sorted. The page also
 * shows what each of them names (`namedBy`), so a key must cover those too.
 */
export function pageNeighbours(graph: EntityGraph, kind: Kind, id: string): string[] {
  const self = graph.entry(kind, id);
  if (!self) throw new Error(`no ${kind} "${id}" to key a page by`);
  return [...neighbours(graph, self)].sort();
}
