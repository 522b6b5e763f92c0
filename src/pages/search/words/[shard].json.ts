import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../data/graph.ts';

/**
 * The postings of a run of words of the search index (docs/SEARCH.md), fetched when a query matches one of them.
 * Named by a hash of its content, which is all its cache key needs.
 */
export const getStaticPaths = (async () => {
  const { base, words } = await getSearchIndex();
  return words.map((shard, n) => ({ params: { shard: base.wordShardNames[n]! }, props: { shard }, cacheKey: base.wordShardNames[n]! }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
