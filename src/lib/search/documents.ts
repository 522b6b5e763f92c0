/**
 * Builds the search index from the entity graph the pages are built from:
 * one small document per page with what a result shows (title, a shortened
 * summary, a meta line) and what search needs beyond it (aliases, a few
 * search-only words). Page bodies stay out, so the index stays lean.
 */
import type { EntityGraph } from '../graph.ts';
import { SUBSTANCE_LABEL } from '../views/claims.ts';
import { buildInvertedIndex, encodeInvertedIndex } from './inverted-index.ts';
import { ENTITY_KINDS } from '../kinds.ts';
import { referencesIn, SCHEMAS } from '../schema/index.ts';
import { disputesInOrder, entitiesInOrder } from '../views/entities.ts';
import { type SearchDoc, SEARCH_INDEX_VERSION, type SearchIndexData } from './types.ts';

/** Summaries longer than this are cut at a word; results show at most this much. */
export const SUMMARY_LIMIT = 200;

/** `text` on one line, cut to at most `limit` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, limit = SUMMARY_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/**
 * The whole search index: the documents as results show them, and the
 * inverted index built from them here, once, so browsers need not. Words
 * that only find a page (`extra`) live on in the inverted index alone. The
 * site publishes it in shards (shards.ts).
 */
export function buildSearchIndex(graph: EntityGraph): SearchIndexData {
  let index = indexOf.get(graph);
  if (!index) {
    index = searchIndexOf(searchDocuments(graph));
    indexOf.set(graph, index);
  }
  return index;
}

/** The search index of a document list (as searchDocuments makes it): what buildSearchIndex does after the graph. */
export function searchIndexOf(docs: readonly SearchDoc[]): SearchIndexData {
  return {
    version: SEARCH_INDEX_VERSION,
    docs: docs.map(({ extra: _searchedOnly, ...shown }) => shown),
    inverted: encodeInvertedIndex(buildInvertedIndex(docs)),
  };
}
/** Every route of the build asks for the index; it is made once per graph. */
const indexOf = new WeakMap<EntityGraph, SearchIndexData>();

/** Every digest, entity and dispute as a SearchDoc, in the order of SearchIndexData.docs. */
export function searchDocuments(graph: EntityGraph): SearchDoc[] {
  const entities = ENTITY_KINDS.flatMap((kind) =>
    entitiesInOrder(graph, kind).map((entry) => {
      const data = entry.data as { capital?: string; date?: string; end?: string };
      return {
        kind,
        entry,
        // What the entity refers to, and the members of an organization: filtering by Kazakhstan keeps the CSTO.
        links: [
          ...referencesIn(SCHEMAS[kind], entry.data).map((r) => r.value),
          ...graph.referrers(entry.id, 'memberships.org').map((r) => r.entry.id),
        ],
        extra: data.capital,
        meta: data.date && (data.end && data.end !== data.date ? `${data.date} – ${data.end}` : data.date),
      };
    }),
  );

  // Entities follow the digests in the document list; `about` refers to them by position.
  const position = new Map(entities.map(({ entry }, i) => [entry.id, graph.digests.length + i]));
  const about = (ids: Iterable<string>, self?: string): Pick<SearchDoc, 'about'> => {
    const refs = new Set<number>();
    for (const id of ids) {
      const at = position.get(id);
      if (at !== undefined && id !== self) refs.add(at);
    }
    return refs.size ? { about: [...refs] } : {};
  };

  const digests = graph.digests.map(({ id, data }): SearchDoc => {
    const { outlet, headline, authors, published, publishedApprox } = data.source;
    return {
      type: 'digest',
      id,
      title: data.title,
      summary: shorten(data.summary),
      // The outlet is in the meta line already.
      extra: [headline, ...authors].join(' · '),
      meta: `${outlet} · ${publishedApprox ? 'about ' : ''}${published}`,
      ...about(graph.entitiesOf(id)),
    };
  });

  const entityDocs = entities.map(({ kind, entry, links, extra, meta }): SearchDoc => ({
    type: kind,
    id: entry.id,
    title: entry.data.name,
    summary: shorten(entry.data.summary),
    ...(entry.data.aliases.length ? { aliases: entry.data.aliases } : {}),
    ...(extra ? { extra } : {}),
    ...(meta ? { meta } : {}),
    ...about(links, entry.id),
  }));

  const disputes = disputesInOrder(graph).map(({ id, data }): SearchDoc => ({ type: 'dispute', id, title: data.title, summary: shorten(data.summary), ...about(data.about) }));

  // Claims after everything else, so their positions do not shift the entities `about` points at.
  // A claim carries little of its own, as there are several per digest: its maker comes first in `about`,
  // and its digest is a position, not a title (whose words would also drag every claim into its digest's results).
  const claims = graph.digests.flatMap(({ id: digestId, data }, digest) =>
    data.claims.map(
      (claim): SearchDoc => ({
        type: 'claim',
        id: `${digestId}#${claim.id}`,
        title: claim.text,
        summary: claim.quote ? shorten(`“${claim.quote}”`) : '',
        meta: SUBSTANCE_LABEL[claim.substance],
        in: digest,
        ...about([claim.by, ...claim.about]),
      }),
    ),
  );

  return [...digests, ...entityDocs, ...disputes, ...claims];
}
