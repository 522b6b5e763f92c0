/**
 * The preview card of every entry, drawn to PNG on worker threads and cached
 * by content in Astro's cache folder.
 *
 * A build renders no page here: as soon as it lists its pages, it starts
 * writing every card into the output folder from the cache, beside the
 * rendering of the pages (src/lib/output-copies.ts says why). The dev
 * server draws each card as it is asked for. With PREVIEW_IMAGES=site there
 * are no cards, and pages share the site card instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../../data/graph.ts';
import { copyTarget, offerCopies } from '../../../lib/output-copies.ts';
import { previewCard, previewImageCacheDir, previewImageMode, previewImagePath, previewSubjects, type PreviewSubject } from '../../../lib/seo/preview.ts';
import { placeCards, previewPngOnPool } from '../../../lib/seo/preview-image-pool-fs.ts';
import { KINDS } from '../../../lib/kinds.ts';

export const getStaticPaths = (async () => {
  if (previewImageMode(process.env) !== 'all') return [];
  const graph = await getGraph();
  const subjects = previewSubjects(graph);
  if (import.meta.env.DEV) {
    return subjects.map((subject) => ({ params: { kind: KINDS[subject.kind].collection, id: subject.id }, props: { subject } }));
  }
  const cacheDir = previewImageCacheDir(process.env);
  const target = copyTarget();
  if (!cacheDir || !target) throw new Error('preview cards are written by the build-caches and kept-output integrations of astro.config.mjs');
  const site = new URL(import.meta.env.SITE);
  const cards = subjects.map((subject) => ({ card: previewCard(graph, subject, site), output: previewImagePath(subject).slice(1) }));
  offerCopies('preview cards', placeCards(cards, { cacheDir, target }));
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ subject: PreviewSubject }> = async ({ props, site }) => {
  const png = await previewPngOnPool(previewCard(await getGraph(), props.subject, site!), { cacheDir: previewImageCacheDir(process.env) });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
