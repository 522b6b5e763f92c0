/**
 * Citations of each digest, formatted once per build, graph and site
 * address, and only when asked for: a rebuild that renders one digest's
 * citation files formats that digest's citations alone. The digest pages,
 * cite pages, panel data and citation files all read them.
 *
 * A build asks for digests in order (the citation files, then the cite
 * pages). Once it asks for digests one after another, the next ones are
 * formatted ahead on worker threads (format-pool-fs.ts), so formatting no
 * longer holds up the pages; a corpus too small to repay starting the
 * workers, and the dev server, format on the main thread.
 */
import type { CiteTarget } from '../lib/cite/citations.ts';
import { unformattedTargets, withCitations } from '../lib/cite/citations.ts';
import { type CitationPool, citationPool } from '../lib/cite/format-pool-fs.ts';
import { formatCitations } from '../lib/cite/format.ts';
import { highwireTags, type MetaTag } from '../lib/cite/highwire.ts';
import type { EntityGraph } from '../lib/graph.ts';
import type { PreviewSubject } from '../lib/seo/preview.ts';
import { getGraph } from './graph.ts';

/** Below this many digests the workers' start-up (loading citeproc) costs more than they save. */
const POOL_MIN_DIGESTS = 64;
/** How many digests are formatted ahead of the one asked for, per worker. */
const AHEAD_PER_THREAD = 8;

let pool: CitationPool | undefined | null;
function sharedPool(): CitationPool | undefined {
  if (pool === undefined) pool = (import.meta.env.PROD && process.env.SOURCE_LIB_DIR && citationPool(process.env.SOURCE_LIB_DIR)) || null;
  return pool ?? undefined;
}

/** Formatted citations of the current graph, by site and digest; dropped when the graph is rebuilt (dev). */
let formatted:
  | { graph: EntityGraph; positions: Map<string, number>; targets: Map<string, Promise<CiteTarget[]>>; furthest: Map<string, number> }
  | undefined;

function start(graph: EntityGraph, index: number, site: URL, onPool: CitationPool | undefined): Promise<CiteTarget[]> {
  const digest = graph.digests[index]!;
  const key = `${site.href} ${digest.id}`;
  let targets = formatted!.targets.get(key);
  if (!targets) {
    const unformatted = unformattedTargets(graph, digest, { site });
    const items = unformatted.map((t) => t.item);
    targets = (onPool ? onPool.run(items) : Promise.resolve(formatCitations(items))).then((citations) => withCitations(unformatted, citations));
    // A failure is reported to whoever asks for that digest; until then it is held, not thrown.
    targets.catch(() => {});
    formatted!.targets.set(key, targets);
  }
  return targets;
}

/** The cite targets of a digest (itself, then its claims), for a site at `site`. */
export async function getCiteTargets(digestId: string, site: URL): Promise<CiteTarget[]> {
  const graph = await getGraph();
  if (formatted?.graph !== graph) {
    formatted = { graph, positions: new Map(graph.digests.map((d, i) => [d.id, i])), targets: new Map(), furthest: new Map() };
  }
  const index = formatted.positions.get(digestId);
  if (index === undefined) throw new Error(`no digest "${digestId}" to cite`);
  const onPool = graph.digests.length >= POOL_MIN_DIGESTS ? sharedPool() : undefined;
  const targets = start(graph, index, site, onPool);
  if (onPool) {
    // Asked for the digest after the furthest one so far: the build is going through them in order.
    const furthest = formatted.furthest.get(site.href) ?? -1;
    if (index === furthest + 1) {
      const last = Math.min(graph.digests.length - 1, index + AHEAD_PER_THREAD * onPool.threads);
      for (let i = index + 1; i <= last; i++) start(graph, i, site, onPool);
    }
    formatted.furthest.set(site.href, Math.max(furthest, index));
  }
  return targets;
}

/** Highwire `citation_*` tags for the page at `canonical`: only digest pages have them. */
export async function getCitationTags(about: PreviewSubject | undefined, canonical: URL): Promise<MetaTag[]> {
  if (about?.kind !== 'digest') return [];
  const digest = (await getGraph()).entry('digest', about.id);
  return digest ? highwireTags(digest.data, canonical.href) : [];
}
