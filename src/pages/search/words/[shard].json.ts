import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../../data/graph.ts';
import { dataKey } from '../../../data/page-keys.ts';
import { searchIndexFiles } from '../../../lib/search/shards.ts';

/** The postings of a run of words of the search index (docs/SEARCH.md), fetched when a query matches one of them. */
export const getStaticPaths = (async () => searchIndexFiles(await getGraph()).words.map((shard, n) => ({ params: { shard: String(n) }, props: { shard }, cacheKey: dataKey(shard) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
