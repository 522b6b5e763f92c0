import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../../data/graph.ts';
import { PREVIEW_SEGMENTS, type PreviewSegment } from '../../../lib/link-preview.ts';
import { previewFile } from '../../../lib/link-preview-data.ts';

export const getStaticPaths = (() => PREVIEW_SEGMENTS.map((segment) => ({ params: { segment } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(previewFile(await getGraph(), params.segment as PreviewSegment));
