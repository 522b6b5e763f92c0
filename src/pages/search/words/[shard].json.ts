import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchFileNames, getSearchIndex } from '../../../data/graph.ts';
import { shardNamed } from '../../../lib/search/shards.ts';

/**
 * The postings of a run of words of the search index (docs/SEARCH.md), fetched when a query matches one of them.
 * Named by a hash of its content, which is all its cache key needs.
 */
export const getStaticPaths = (async () => {
  const { words } = await getSearchFileNames();
  return words.map((shard) => ({ params: { shard }, cacheKey: shard }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(shardNamed(await getSearchIndex(), 'words', params.shard!));
