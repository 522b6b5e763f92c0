import type { APIRoute } from 'astro';
import { getGraph } from '../../data/graph.ts';
import { searchIndexFiles } from '../../lib/search/shards.ts';

/** Every document's facet values (docs/SEARCH.md), fetched once a search shows facet counts. */
export const GET: APIRoute = async () => Response.json(searchIndexFiles(await getGraph()).facets);
