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
import { formatItems } from '../lib/cite/format.ts';
import { highwireTags, type MetaTag } from '../lib/cite/highwire.ts';
import type { EntityGraph } from '../lib/graph.ts';
import { askAhead } from '../lib/worker-pool-fs.ts';
import type { PreviewSubject } from '../lib/seo/preview.ts';
import { getGraph } from './graph.ts';

/** Cite pages whose citations are formatted ahead of the one being rendered. */
const AHEAD = 16;

let pool: CitationPool | undefined;
let ahead: { graph: EntityGraph; site: string; positions: Map<string, number>; targets: (index: number) => Promise<CiteTarget[]> } | undefined;

/** A build's cite targets by digest position, formatted ahead on the pool; made once per graph. */
function targetsAhead(graph: EntityGraph, site: URL) {
  if (ahead?.graph !== graph || ahead.site !== site.href) {
    pool ??= new CitationPool();
    // graph.digests is the order of the cite pages (src/pages/digests/[id]/cite.astro).
    const { digests } = graph;
    const targetsAt = async (i: number) => {
      const digest = digests[i]!;
      const unformatted = unformattedTargets(graph, digest, { site });
      return formattedTargets(digest.id, unformatted, await pool!.format(unformatted.map((t) => t.item)));
    };
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
  const unformatted = unformattedTargets(graph, digest, { site });
  return formattedTargets(digest.id, unformatted, formatItems(unformatted.map((t) => t.item)));
}

/** Highwire `citation_*` tags for the page at `canonical`: only digest pages have them. */
export async function getCitationTags(about: PreviewSubject | undefined, canonical: URL): Promise<MetaTag[]> {
  if (about?.kind !== 'digest') return [];
  const digest = (await getGraph()).entry('digest', about.id);
  return digest ? highwireTags(digest.data, canonical.href) : [];
}
