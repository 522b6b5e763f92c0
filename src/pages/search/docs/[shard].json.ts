import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchFileNames, getSearchIndex } from '../../../data/graph.ts';
import { shardNamed } from '../../../lib/search/shards.ts';

/**
 * A run of documents of the search index as results show them (docs/SEARCH.md), fetched when a search shows one.
 * Named by a hash of its content, which is all its cache key needs.
 */
export const getStaticPaths = (async () => {
  const { docs } = await getSearchFileNames();
  return docs.map((shard) => ({ params: { shard }, cacheKey: shard }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(shardNamed(await getSearchIndex(), 'docs', params.shard!));
