import type { APIRoute } from 'astro';
import { getGraph } from '../../data/graph.ts';
import { buildSearchIndex } from '../../lib/search/documents.ts';

/** The search index (format in docs/SEARCH.md), fetched by the search worker on first use. */
export const GET: APIRoute = async () => Response.json(buildSearchIndex(await getGraph()));
