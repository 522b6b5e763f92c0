/**
 * The open data tables published as CSV (documented in docs/DATA.md):
 * events, claims and entities, one row each, columns in a fixed order.
 */
import type { EntityGraph } from '../graph.ts';
import { claimUrl, entryUrl } from '../urls.ts';
import { evidenceData, sourceRefText } from '../views/claims.ts';
import type { CsvValue } from './csv.ts';

/** A table: its columns in order, and rows keyed by column. */
export interface Table<C extends string = string> {
  columns: readonly C[];
  rows: Array<Record<C, CsvValue>>;
}

/** Absolute URLs when the site is known, site paths otherwise. */
const link = (path: string, site?: URL) => (site ? new URL(path, site).href : path);

export const EVENT_COLUMNS = ['id', 'name', 'date', 'end', 'approximate', 'summary', 'countries', 'actors', 'topics', 'digests', 'url'] as const;

/** Every event, oldest first. */
export function eventsTable(graph: EntityGraph, site?: URL): Table<(typeof EVENT_COLUMNS)[number]> {
  return {
    columns: EVENT_COLUMNS,
    rows: graph.timeline.map(({ id, data }) => ({
      id,
      name: data.name,
      date: data.date,
      end: data.end,
      approximate: data.approximate,
      summary: data.summary,
      countries: data.countries,
      actors: data.actors,
      topics: data.topics,
      digests: graph.backlinks(id).length,
      url: link(entryUrl('event', id), site),
    })),
  };
}

export const CLAIM_COLUMNS = [
  'digest',
  'claim',
  'by',
  'by_name',
  'text',
  'quote',
  'attribution',
  'substance',
  'evidence',
  'about',
  'disputes',
  'source_outlet',
  'source_published',
  'url',
] as const;

/** Every claim of every digest, digests newest first, claims in ledger order. */
export function claimsTable(graph: EntityGraph, site?: URL): Table<(typeof CLAIM_COLUMNS)[number]> {
  return {
    columns: CLAIM_COLUMNS,
    rows: graph.digests.flatMap((digest) =>
      digest.data.claims.map((claim) => ({
        digest: digest.id,
        claim: claim.id,
        by: claim.by,
        by_name: graph.entities.get(claim.by)?.name ?? '',
        text: claim.text,
        quote: claim.quote,
        attribution: claim.attribution,
        substance: claim.substance,
        evidence: evidenceData(digest.id, claim.evidence).map((e) =>
          'claim' in e ? e.claim : 'digest' in e ? `digest:${e.digest}` : sourceRefText(e),
        ),
        about: claim.about,
        disputes: claim.disputes,
        source_outlet: digest.data.source.outlet,
        source_published: digest.data.source.published,
        url: link(claimUrl(digest.id, claim.id), site),
      })),
    ),
  };
}

export const ENTITY_COLUMNS = ['id', 'type', 'name', 'aliases', 'summary', 'digests', 'url'] as const;

/** Every country, actor, topic and event. */
export function entitiesTable(graph: EntityGraph, site?: URL): Table<(typeof ENTITY_COLUMNS)[number]> {
  return {
    columns: ENTITY_COLUMNS,
    rows: [...graph.entities.values()].map((e) => ({
      id: e.id,
      type: e.kind,
      name: e.name,
      aliases: e.aliases,
      summary: e.summary,
      digests: graph.backlinks(e.id).length,
      url: link(e.url, site),
    })),
  };
}
