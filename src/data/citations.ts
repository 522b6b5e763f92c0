/**
 * Citations of each digest, formatted when its cite page is rendered: a
 * rebuild that renders one cite page formats that digest's citations alone.
 * A build formats them on worker threads (src/lib/cite/format-pool-fs.ts),
 * a few digests ahead of the page asking, in the order it renders the cite
 * pages; the dev server formats the digest asked for, here.
 */
import type { CiteTarget } from '../lib/cite/citations.ts';
import { formattedTargets, unformattedTargets } from '../lib/cite/citations.ts';
import { CitationPool } from '../lib/cite/format-pool-fs.ts';
import type { CslItem } from '../lib/cite/csl.ts';
import { type FormattedItem, formatItems } from '../lib/cite/format.ts';
import type { Entry } from '../lib/corpus.ts';
import { highwireTags, type MetaTag } from '../lib/cite/highwire.ts';
import type { EntityGraph } from '../lib/graph.ts';
import { askAhead } from '../lib/worker-pool-fs.ts';
import type { PreviewSubject } from '../lib/seo/preview.ts';
import { getGraph } from './graph.ts';

/** Cite pages whose citations are formatted ahead of the one being rendered. */
const AHEAD = 16;

let pool: CitationPool | undefined;
let ahead: { graph: EntityGraph; site: string; positions: Map<string, number>; targets: (index: number) => Promise<CiteTarget[]> } | undefined;

/** A digest's cite targets, their items formatted by `format` (here, or on the pool). */
async function citeTargets(graph: EntityGraph, digest: Entry<'digest'>, site: URL, format: (items: CslItem[]) => FormattedItem[] | Promise<FormattedItem[]>) {
  const unformatted = unformattedTargets(graph, digest, { site });
  return formattedTargets(digest.id, unformatted, await format(unformatted.map((t) => t.item)));
}

/** A build's cite targets by digest position, formatted ahead on the pool; made once per graph. */
function targetsAhead(graph: EntityGraph, site: URL) {
  if (ahead?.graph !== graph || ahead.site !== site.href) {
    const citations = (pool ??= new CitationPool());
    // graph.digests is the order of the cite pages (src/pages/digests/[id]/cite.astro).
    const { digests } = graph;
    const targetsAt = (i: number) => citeTargets(graph, digests[i]!, site, (items) => citations.format(items));
    ahead = { graph, site: site.href, positions: new Map(digests.map((d, i) => [d.id, i])), targets: askAhead(digests.length, targetsAt, AHEAD) };
  }
  return ahead;
}

/** The cite targets of a digest (itself, then its claims), for a site at `site`. */
export async function getCiteTargets(digestId: string, site: URL): Promise<CiteTarget[]> {
  const graph = await getGraph();
  const digest = graph.entry('digest', digestId);
  if (!digest) throw new Error(`no digest "${digestId}" to cite`);
  if (!import.meta.env.DEV) {
    const { positions, targets } = targetsAhead(graph, site);
    return targets(positions.get(digest.id)!);
  }
  return citeTargets(graph, digest, site, formatItems);
}

/** Highwire `citation_*` tags for the page at `canonical`: only digest pages have them. */
export async function getCitationTags(about: PreviewSubject | undefined, canonical: URL): Promise<MetaTag[]> {
  if (about?.kind !== 'digest') return [];
  const digest = (await getGraph()).entry('digest', about.id);
  return digest ? highwireTags(digest.data, canonical.href) : [];
}
