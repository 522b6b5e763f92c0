import type { APIRoute, GetStaticPaths } from 'astro';
import { getSearchIndex } from '../../../data/graph.ts';

/**
 * A run of documents of the search index as results show them (docs/SEARCH.md), fetched when a search shows one.
 * Named by a hash of its content, which is all its cache key needs.
 */
export const getStaticPaths = (async () => {
  const { base, docs } = await getSearchIndex();
  return docs.map((shard, n) => ({ params: { shard: base.docShardNames[n]! }, props: { shard }, cacheKey: base.docShardNames[n]! }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
