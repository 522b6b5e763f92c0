import type { APIRoute } from 'astro';
import { getSearchIndex } from '../../data/graph.ts';

/** Every document's facet values (docs/SEARCH.md), fetched once a search shows facet counts. */
export const GET: APIRoute = async () => Response.json((await getSearchIndex()).facets);
