/**
 * The preview card of every entry, rendered to PNG at build time.
 * With PREVIEW_IMAGES=site no cards are rendered here and pages share the
 * site card instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../../data/graph.ts';
import { previewCard, previewImageCacheDir, previewImageMode, previewSubjects, type PreviewSubject } from '../../../lib/seo/preview.ts';
import { previewPng } from '../../../lib/seo/preview-image-fs.ts';
import { KINDS } from '../../../lib/kinds.ts';

export const getStaticPaths = (async () => {
  if (previewImageMode(process.env) !== 'all') return [];
  const graph = await getGraph();
  return previewSubjects(graph).map((subject) => ({
    params: { kind: KINDS[subject.kind].collection, id: subject.id },
    props: { subject },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ subject: PreviewSubject }> = async ({ props, site }) => {
  const card = previewCard(await getGraph(), props.subject, site!);
  return new Response(previewPng(card, { cacheDir: previewImageCacheDir(process.env) }), { headers: { 'Content-Type': 'image/png' } });
};
