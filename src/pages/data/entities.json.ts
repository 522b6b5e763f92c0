import type { APIRoute } from 'astro';
import { getGraph } from '../../data/graph.ts';
import { entitiesData } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => Response.json(entitiesData(await getGraph()));
