import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/graph.ts';

/** The base of the search index (format in docs/SEARCH.md), fetched by the search worker on first use. */
export const GET: APIRoute = async () => Response.json((await getSearchIndex()).base);
