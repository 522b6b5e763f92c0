import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchFileNames, getSearchIndex } from '../../data/graph.ts';

/**
 * The base of the search index, /search/index.json, fetched by the search
 * worker on first use, and every document's facet values,
 * /search/facets.json, fetched once a search shows facet counts (formats in
 * docs/SEARCH.md). Each is keyed by a hash of its content: a rebuild with
 * nothing changed knows the hash from the build before and need not make
 * the index.
 */
export const getStaticPaths = (async () => {
  const names = await getSearchFileNames();
  return [
    { params: { file: 'index' }, cacheKey: names.index },
    { params: { file: 'facets' }, cacheKey: names.facets },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { base, facets } = await getSearchIndex();
  return Response.json(params.file === 'index' ? base : facets);
};
