import type { APIRoute } from 'astro';
import { getGraph } from '../../data/graph.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { entitiesTable } from '../../lib/export/tables.ts';

export const GET: APIRoute = async ({ site }) => {
  const { columns, rows } = entitiesTable(await getGraph(), site);
  return new Response(toCsv(columns, rows), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
