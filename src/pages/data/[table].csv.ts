/**
 * The open data as CSV tables: /data/claims.csv, /data/entities.csv and
 * /data/events.csv (see src/lib/export/tables.ts). Each is made from the
 * whole corpus, so a build writes it again only when some entry changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph, getPageKeys } from '../../data/graph.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { claimsTable, entitiesTable, eventsTable, type Table } from '../../lib/export/tables.ts';
import type { EntityGraph } from '../../lib/graph.ts';

const TABLES: Record<string, (graph: EntityGraph, site?: URL) => Table> = { claims: claimsTable, entities: entitiesTable, events: eventsTable };

export const getStaticPaths = (async () => {
  const keys = await getPageKeys();
  return Object.keys(TABLES).map((table) => ({ params: { table }, cacheKey: keys.corpus(`open data ${table}.csv`) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { columns, rows } = TABLES[params.table!]!(await getGraph(), site);
  return new Response(toCsv(columns, rows), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
