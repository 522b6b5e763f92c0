/**
 * Citations of each digest, formatted once per build, graph and site
 * address, and only when asked for: a rebuild that renders one digest's
 * citation files formats that digest's citations alone. The digest pages,
 * cite pages, panel data and citation files all read them.
 */
import type { CiteTarget } from '../lib/cite/citations.ts';
import { citeTargets } from '../lib/cite/citations.ts';
import { highwireTags, type MetaTag } from '../lib/cite/highwire.ts';
import type { EntityGraph } from '../lib/graph.ts';
import type { PreviewSubject } from '../lib/seo/preview.ts';
import { getGraph } from './graph.ts';

/** Formatted citations of the current graph, by site and digest; dropped when the graph is rebuilt (dev). */
let formatted: { graph: EntityGraph; targets: Map<string, CiteTarget[]> } | undefined;

/** The cite targets of a digest (itself, then its claims), for a site at `site`. */
export async function getCiteTargets(digestId: string, site: URL): Promise<CiteTarget[]> {
  const graph = await getGraph();
  if (formatted?.graph !== graph) formatted = { graph, targets: new Map() };
  const key = `${site.href} ${digestId}`;
  let targets = formatted.targets.get(key);
  if (!targets) {
    const digest = graph.entry('digest', digestId);
    if (!digest) throw new Error(`no digest "${digestId}" to cite`);
    targets = citeTargets(graph, [digest], { site }).get(digestId)!;
    formatted.targets.set(key, targets);
  }
  return targets;
}

/** Highwire `citation_*` tags for the page at `canonical`: only digest pages have them. */
export async function getCitationTags(about: PreviewSubject | undefined, canonical: URL): Promise<MetaTag[]> {
  if (about?.kind !== 'digest') return [];
  const digest = (await getGraph()).entry('digest', about.id);
  return digest ? highwireTags(digest.data, canonical.href) : [];
}
