/**
 * The open data files the build publishes (documented in docs/DATA.md):
 * `/data/digests.json` and `/data/entities.json`.
 */
import type { EntityGraph } from './graph.ts';
import { entryUrl } from './urls.ts';

export function digestsData(graph: EntityGraph) {
  return graph.digests.map(({ id, data }) => ({
    id,
    title: data.title,
    url: entryUrl('digest', id),
    summary: data.summary,
    source: {
      outlet: data.source.outlet,
      headline: data.source.headline,
      authors: data.source.authors,
      published: data.source.published,
      kind: data.source.kind,
    },
    countries: data.countries,
    actors: data.actors,
    topics: data.topics,
    events: data.events,
    claims: data.claims,
  }));
}

export function entitiesData(graph: EntityGraph) {
  return [...graph.entities.values()].map(({ id, kind, name, aliases, url }) => ({ id, type: kind, name, aliases, url }));
}
