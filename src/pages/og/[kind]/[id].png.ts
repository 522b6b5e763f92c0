/**
 * The preview card of every entry, drawn to PNG at build time on worker
 * threads and cached by content in Astro's cache folder.
 * With PREVIEW_IMAGES=site no cards are drawn here and pages share the
 * site card instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph, getPageKeys } from '../../../data/graph.ts';
import { previewCard, previewImageCacheDir, previewImageMode, previewSubjects, type PreviewSubject } from '../../../lib/seo/preview.ts';
import { drawAhead, previewBatch, previewPngOnPool } from '../../../lib/seo/preview-image-pool-fs.ts';
import type { EntityGraph } from '../../../lib/graph.ts';
import { KINDS } from '../../../lib/kinds.ts';
import type { PreviewCard } from '../../../lib/seo/preview-card.ts';

let ahead: Promise<unknown> | undefined;
let listed: { graph: EntityGraph; site: string; cards: PreviewCard[] } | undefined;

/** Every entry's card, in the order of the paths below; made once per graph for drawing ahead and for the pages. */
function cardsOf(graph: EntityGraph, site: URL): PreviewCard[] {
  if (listed?.graph !== graph || listed.site !== site.href) {
    listed = { graph, site: site.href, cards: previewSubjects(graph).map((subject) => previewCard(graph, subject, site)) };
  }
  return listed.cards;
}

export const getStaticPaths = (async () => {
  if (previewImageMode(process.env) !== 'all') return [];
  const [graph, keys] = await Promise.all([getGraph(), getPageKeys()]);
  const subjects = previewSubjects(graph);
  // A build lists every route's pages before rendering any: the cards start drawing into the cache now,
  // beside the page rendering, and the pages below read them from there.
  const cacheDir = previewImageCacheDir(process.env);
  if (!import.meta.env.DEV && cacheDir) {
    ahead ??= drawAhead(cardsOf(graph, new URL(import.meta.env.SITE)), { cacheDir }).catch((error: unknown) =>
      console.warn(`Preview cards are drawn as the build asks for them instead: ${(error as Error).message}`),
    );
  }
  return subjects.map((subject, index) => ({
    params: { kind: KINDS[subject.kind].collection, id: subject.id },
    props: { subject, index },
    // A card shows the entry's own data and the names it refers to.
    cacheKey: keys.list('preview card', [subject.id]),
  }));
}) satisfies GetStaticPaths;

let batch: Promise<(index: number) => Promise<Uint8Array<ArrayBuffer>>> | undefined;

/** Every card in the order of the paths above, so asking for one draws the next few in parallel. */
function cards(site: URL) {
  batch ??= getGraph().then((graph) => previewBatch(cardsOf(graph, site), { cacheDir: previewImageCacheDir(process.env) }));
  return batch;
}

export const GET: APIRoute<{ subject: PreviewSubject; index: number }> = async ({ props, site }) => {
  // The dev server renders what is asked for, from the graph as it is now; a build renders ahead in order.
  const png = import.meta.env.DEV
    ? await previewPngOnPool(previewCard(await getGraph(), props.subject, site!), { cacheDir: previewImageCacheDir(process.env) })
    : await (await cards(site!))(props.index);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
