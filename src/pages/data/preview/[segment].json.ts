import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph, getPageKeys } from '../../../data/graph.ts';
import { PREVIEW_SEGMENTS, type PreviewSegment } from '../../../lib/link-preview.ts';
import { previewFile } from '../../../lib/link-preview-data.ts';

export const getStaticPaths = (async () => {
  const keys = await getPageKeys();
  // Made from the whole corpus: written again only when some entry changed.
  return PREVIEW_SEGMENTS.map((segment) => ({ params: { segment }, cacheKey: keys.corpus(`link previews ${segment}`) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(previewFile(await getGraph(), params.segment as PreviewSegment));
