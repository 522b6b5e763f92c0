/**
 * Builds the search index from the entity graph the pages are built from:
 * one small document per page with what a result shows (title, a shortened
 * summary, a meta line) and what search needs beyond it (aliases, a few
 * search-only words). Page bodies stay out, so the index stays lean.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph } from '../graph.ts';
import { buildInvertedIndex, encodeInvertedIndex } from './inverted-index.ts';
import type { SearchDoc, SearchIndexData, SearchType } from './types.ts';

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

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'en');

/**
 * The published search index: the documents as results show them, and the
 * inverted index built from them here, once, so browsers need not. Words
 * that only find a page (`extra`) live on in the inverted index alone.
 */
export function buildSearchIndex(graph: EntityGraph): SearchIndexData {
  const docs = searchDocuments(graph);
  return {
    version: 1,
    docs: docs.map(({ extra: _searchedOnly, ...shown }) => shown),
    inverted: encodeInvertedIndex(buildInvertedIndex(docs)),
  };
}

/** Every digest, entity and dispute as a SearchDoc, in the order of SearchIndexData.docs. */
export function searchDocuments(graph: EntityGraph): SearchDoc[] {
  const { corpus } = graph;
  // An organization concerns its members, so filtering by Kazakhstan keeps the CSTO.
  const members = new Map<string, string[]>();
  for (const entry of [...corpus.countries, ...corpus.actors]) {
    for (const { org } of entry.data.memberships) members.set(org, [...(members.get(org) ?? []), entry.id]);
  }
  type Entity = Entry<'countries' | 'actors' | 'topics' | 'events'>;
  const entities: Array<{ type: SearchType; entry: Entity; links: string[]; extra?: string | undefined; meta?: string }> = [
    ...[...corpus.countries].sort(byName).map((entry) => ({
      type: 'country' as const,
      entry,
      links: entry.data.memberships.map((m) => m.org),
      extra: entry.data.capital,
    })),
    ...[...corpus.actors].sort(byName).map((entry) => ({
      type: 'actor' as const,
      entry,
      links: [
        ...(entry.data.country ? [entry.data.country] : []),
        ...entry.data.memberships.map((m) => m.org),
        ...entry.data.roles.flatMap((r) => [r.org, r.country].filter((id) => id !== undefined)),
        ...(members.get(entry.id) ?? []),
      ],
    })),
    ...[...corpus.topics].sort(byName).map((entry) => ({ type: 'topic' as const, entry, links: entry.data.broader })),
    ...graph.timeline.map((entry) => ({
      type: 'event' as const,
      entry,
      links: [...entry.data.countries, ...entry.data.actors, ...entry.data.topics],
      meta: entry.data.end && entry.data.end !== entry.data.date ? `${entry.data.date} – ${entry.data.end}` : entry.data.date,
    })),
  ];

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

  const entityDocs = entities.map(({ type, entry, links, extra, meta }): SearchDoc => ({
    type,
    id: entry.id,
    title: entry.data.name,
    summary: shorten(entry.data.summary),
    ...(entry.data.aliases.length ? { aliases: entry.data.aliases } : {}),
    ...(extra ? { extra } : {}),
    ...(meta ? { meta } : {}),
    ...about(links, entry.id),
  }));

  const disputes = [...corpus.disputes]
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
    .map(({ id, data }): SearchDoc => ({ type: 'dispute', id, title: data.title, summary: shorten(data.summary), ...about(data.about) }));

  return [...digests, ...entityDocs, ...disputes];
}
