/**
 * Citations of each digest, formatted when its cite page is rendered: a
 * rebuild that renders one cite page formats that digest's citations alone.
 *
 * A build renders the cite pages in digest order. Once it asks for digests
 * one after another, the next ones are formatted ahead on worker threads
 * (format-pool-fs.ts), so formatting no longer holds up the pages; a corpus
 * too small to repay starting the workers, and the dev server, format on the
 * main thread, as does the rest of a build whose workers fail. A digest's
 * citations are dropped once handed out.
 */
import type { CiteTarget } from '../lib/cite/citations.ts';
import { formattedTargets, unformattedTargets } from '../lib/cite/citations.ts';
import { type CitationPool, citationPool } from '../lib/cite/format-pool-fs.ts';
import { formatItems } from '../lib/cite/format.ts';
import { highwireTags, type MetaTag } from '../lib/cite/highwire.ts';
import type { EntityGraph } from '../lib/graph.ts';
import type { PreviewSubject } from '../lib/seo/preview.ts';
import { getGraph } from './graph.ts';

/** Below this many digests the workers' start-up (loading citeproc) costs more than they save. */
const POOL_MIN_DIGESTS = 64;
/** How many digests are formatted ahead of the one asked for, per worker. */
const AHEAD_PER_THREAD = 8;

let pool: CitationPool | null | undefined;
function sharedPool(): CitationPool | undefined {
  if (pool === undefined) pool = (import.meta.env.PROD && citationPool()) || null;
  return pool ?? undefined;
}

/** A worker that fails (it cannot load, or runs out of memory) costs time, not the build: the rest is formatted here. */
function poolFailed(error: Error): void {
  if (!pool) return;
  console.warn(`Citations are formatted on the main thread instead: ${error.message}`);
  void pool.close();
  pool = null;
}

/** Citations started for the current graph and site, by digest position; reset when either changes. */
let started: { graph: EntityGraph; site: string; positions: Map<string, number>; targets: Map<number, Promise<CiteTarget[]>>; furthest: number } | undefined;

function start(index: number, site: URL, onPool: CitationPool | undefined): Promise<CiteTarget[]> {
  let targets = started!.targets.get(index);
  if (!targets) {
    const { graph } = started!;
    const digest = graph.digests[index]!;
    const unformatted = unformattedTargets(graph, digest, { site });
    const items = unformatted.map((t) => t.item);
    const here = () => formatItems(items);
    const formatted = onPool ? onPool.run(items).catch((error: Error) => (poolFailed(error), here())) : Promise.resolve().then(here);
    targets = formatted.then((done) => formattedTargets(digest.id, unformatted, done));
    // A failure is reported to whoever asks for that digest; until then it is held, not thrown.
    targets.catch(() => {});
    started!.targets.set(index, targets);
  }
  return targets;
}

/** The cite targets of a digest (itself, then its claims), for a site at `site`. */
export async function getCiteTargets(digestId: string, site: URL): Promise<CiteTarget[]> {
  const graph = await getGraph();
  if (started?.graph !== graph || started.site !== site.href) {
    started = { graph, site: site.href, positions: new Map(graph.digests.map((d, i) => [d.id, i])), targets: new Map(), furthest: -1 };
  }
  const index = started.positions.get(digestId);
  if (index === undefined) throw new Error(`no digest "${digestId}" to cite`);
  const onPool = graph.digests.length >= POOL_MIN_DIGESTS ? sharedPool() : undefined;
  const targets = start(index, site, onPool);
  started.targets.delete(index);
  // Asked for the digest after the furthest one so far: the build is going through them in order.
  if (onPool && index === started.furthest + 1) {
    const last = Math.min(graph.digests.length - 1, index + AHEAD_PER_THREAD * onPool.threads);
    for (let i = index + 1; i <= last; i++) start(i, site, onPool);
  }
  started.furthest = Math.max(started.furthest, index);
  return targets;
}

/** Highwire `citation_*` tags for the page at `canonical`: only digest pages have them. */
export async function getCitationTags(about: PreviewSubject | undefined, canonical: URL): Promise<MetaTag[]> {
  if (about?.kind !== 'digest') return [];
  const digest = (await getGraph()).entry('digest', about.id);
  return digest ? highwireTags(digest.data, canonical.href) : [];
}
