/**
 * The open data files the build publishes (documented in docs/DATA.md):
 * `/data/digests.json` and `/data/entities.json`.
 */
import type { EntityGraph } from './graph.ts';
import { entryUrl } from './urls.ts';
import { evidenceData, originalLink } from './views/claims.ts';

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
      url: data.source.url ?? null,
      search: data.source.url ? null : originalLink(data.source).href,
    },
    countries: data.countries,
    actors: data.actors,
    topics: data.topics,
    events: data.events,
    claims: data.claims.map((c) => ({
      id: c.id,
      by: c.by,
      text: c.text,
      ...(c.quote === undefined ? {} : { quote: c.quote }),
      attribution: c.attribution,
      substance: c.substance,
      evidence: evidenceData(id, c.evidence),
      about: c.about,
      disputes: c.disputes,
    })),
  }));
}

export function entitiesData(graph: EntityGraph) {
  return [...graph.entities.values()].map(({ id, kind, name, aliases, url }) => ({ id, type: kind, name, aliases, url }));
}
