import type { APIRoute } from 'astro';
import { getGraph } from '../../data/graph.ts';
import { searchIndexFiles } from '../../lib/search/shards.ts';

/** The base of the search index (format in docs/SEARCH.md), fetched by the search worker on first use. */
export const GET: APIRoute = async () => Response.json(searchIndexFiles(await getGraph()).base);
