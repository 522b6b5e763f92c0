import type { APIRoute } from 'astro';
import { getGraph } from '../../data/graph.ts';
import { searchIndexParts } from '../../lib/search/documents.ts';

/** The claims part of the search index (docs/SEARCH.md), fetched by the search worker after the pages part. */
export const GET: APIRoute = async () => Response.json(searchIndexParts(await getGraph()).claims);
