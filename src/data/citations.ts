/**
 * Citations of every digest, formatted once per build and site address: the
 * digest pages, cite pages, panel data and citation files all read them.
 */
import type { CiteTarget } from '../lib/cite/citations.ts';
import { citeTargets } from '../lib/cite/citations.ts';
import { highwireTags, type MetaTag } from '../lib/cite/highwire.ts';
import type { PreviewSubject } from '../lib/seo/preview.ts';
import { getGraph } from './graph.ts';

const cache = new Map<string, Promise<Map<string, CiteTarget[]>>>();

/** The cite targets of a digest (itself, then its claims), for a site at `site`. */
export async function getCiteTargets(digestId: string, site: URL): Promise<CiteTarget[]> {
  let all = cache.get(site.href);
  if (!all) {
    all = getGraph().then((graph) => citeTargets(graph, graph.digests, { site }));
    cache.set(site.href, all);
  }
  const targets = (await all).get(digestId);
  if (!targets) throw new Error(`no digest "${digestId}" to cite`);
  return targets;
}

/** Highwire `citation_*` tags for the page at `canonical`: only digest pages have them. */
export async function getCitationTags(about: PreviewSubject | undefined, canonical: URL): Promise<MetaTag[]> {
  if (about?.kind !== 'digest') return [];
  const digest = (await getGraph()).entry('digest', about.id);
  return digest ? highwireTags(digest.data, canonical.href) : [];
}
