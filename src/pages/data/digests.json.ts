import type { APIRoute } from 'astro';
import { getGraph } from '../../data/graph.ts';
import { digestsData } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => Response.json(digestsData(await getGraph()));
