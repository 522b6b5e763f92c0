import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../../data/graph.ts';
import { dataKey } from '../../../data/page-keys.ts';
import { searchIndexFiles } from '../../../lib/search/shards.ts';

/** A run of documents of the search index as results show them (docs/SEARCH.md), fetched when a search shows one. */
export const getStaticPaths = (async () => searchIndexFiles(await getGraph()).docs.map((shard, n) => ({ params: { shard: String(n) }, props: { shard }, cacheKey: dataKey(shard) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
