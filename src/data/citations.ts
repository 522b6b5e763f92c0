/**
 * Citations of each digest, formatted when its cite page is rendered: a
 * rebuild that renders one cite page formats that digest's citations alone.
 * Formatting is cheap (about 70 µs an item, so 1 s for the real digests
 * cloned to 1,000), so it runs on the main thread as the page asks.
 */
import type { CiteTarget } from '../lib/cite/citations.ts';
import { formattedTargets, unformattedTargets } from '../lib/cite/citations.ts';
import { formatItems } from '../lib/cite/format.ts';
import { highwireTags, type MetaTag } from '../lib/cite/highwire.ts';
import type { PreviewSubject } from '../lib/seo/preview.ts';
import { getGraph } from './graph.ts';

/** The cite targets of a digest (itself, then its claims), for a site at `site`. */
export async function getCiteTargets(digestId: string, site: URL): Promise<CiteTarget[]> {
  const graph = await getGraph();
  const digest = graph.entry('digest', digestId);
  if (!digest) throw new Error(`no digest "${digestId}" to cite`);
  const unformatted = unformattedTargets(graph, digest, { site });
  return formattedTargets(digest.id, unformatted, formatItems(unformatted.map((t) => t.item)));
}

/** Highwire `citation_*` tags for the page at `canonical`: only digest pages have them. */
export async function getCitationTags(about: PreviewSubject | undefined, canonical: URL): Promise<MetaTag[]> {
  if (about?.kind !== 'digest') return [];
  const digest = (await getGraph()).entry('digest', about.id);
  return digest ? highwireTags(digest.data, canonical.href) : [];
}
