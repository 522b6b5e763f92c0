/** The site's own preview card, shared by pages that have none of their own. */
import type { APIRoute } from 'astro';
import { previewPng } from '../../lib/seo/preview-image-fs.ts';
import { previewImageCacheDir, siteCard } from '../../lib/seo/preview.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await previewPng(siteCard(site!), { cacheDir: previewImageCacheDir(process.env) }), { headers: { 'Content-Type': 'image/png' } });
