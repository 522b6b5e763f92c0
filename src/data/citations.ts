/**
 * Citations of each digest, formatted once per build: the digest page, its
 * cite page, the panel data and the citation files all ask for the same.
 */
import type { CiteTarget } from '../lib/cite/citations.ts';
import { citeTargets } from '../lib/cite/citations.ts';
import { highwireTags, type MetaTag } from '../lib/cite/highwire.ts';
import type { PreviewSubject } from '../lib/seo/preview.ts';
import { getGraph } from './graph.ts';

const cache = new Map<string, Promise<CiteTarget[]>>();

/** The cite targets of a digest (itself, then its claims), for a site at `site`. */
export function getCiteTargets(digestId: string, site: URL): Promise<CiteTarget[]> {
  const key = `${site.href} ${digestId}`;
  let found = cache.get(key);
  if (!found) {
    found = getGraph().then((graph) => {
      const digest = graph.digests.find((d) => d.id === digestId);
      if (!digest) throw new Error(`no digest "${digestId}" to cite`);
      return citeTargets(graph, digest, { site });
    });
    cache.set(key, found);
  }
  return found;
}

/** Highwire `citation_*` tags for the page at `canonical`: only digest pages have them. */
export async function getCitationTags(about: PreviewSubject | undefined, canonical: URL): Promise<MetaTag[]> {
  if (about?.kind !== 'digest') return [];
  const digest = (await getGraph()).entry('digest', about.id);
  return digest ? highwireTags(digest.data, canonical.href) : [];
}
