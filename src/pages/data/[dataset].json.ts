/**
 * The open data as JSON: /data/digests.json and /data/entities.json (see
 * src/lib/open-data.ts). Each is made from the whole corpus, so a build
 * writes it again only when some entry changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph, getPageKeys } from '../../data/graph.ts';
import { digestsData, entitiesData } from '../../lib/open-data.ts';

const DATASETS = { digests: digestsData, entities: entitiesData };

export const getStaticPaths = (async () => {
  const keys = await getPageKeys();
  return Object.keys(DATASETS).map((dataset) => ({ params: { dataset }, cacheKey: keys.corpus(`open data ${dataset}.json`) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(DATASETS[params.dataset as keyof typeof DATASETS](await getGraph()));
