/**
 * Everything the Cite controls of one digest page offer: the digest and
 * each of its claims, formatted in every style, with the addresses of their
 * BibTeX, RIS and CSL-JSON files. Built once per digest at build time.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph } from '../graph.ts';
import { claimAnchor } from '../urls.ts';
import { type CiteContext, claimCsl, type CslItem, digestCsl } from './csl.ts';
import { type FormattedCitation, formatCitations } from './format.ts';
import { type CiteFileExt, citeFilePath } from './paths.ts';

/** One thing a reader can cite. */
export interface CiteTarget {
  /** "digest", or the anchor of the claim ("claim-<id>"). */
  key: string;
  /** What the panel calls it: the digest's title, or the claim's text. */
  label: string;
  /** The claim's id, for claims. */
  claimId?: string;
  item: CslItem;
  citations: FormattedCitation[];
  /** Site paths of its files, by extension. */
  files: Record<CiteFileExt, string>;
}

function filesOf(digestId: string, claimId?: string): Record<CiteFileExt, string> {
  return {
    bib: citeFilePath(digestId, claimId, 'bib'),
    ris: citeFilePath(digestId, claimId, 'ris'),
    json: citeFilePath(digestId, claimId, 'json'),
  };
}

/**
 * The cite targets of every digest given: for each, the digest first, then
 * its claims in ledger order. Formatted in one batch (see formatCitations).
 */
export function citeTargets(graph: EntityGraph, digests: readonly Entry<'digest'>[], ctx: CiteContext): Map<string, CiteTarget[]> {
  const pending: Array<{ digestId: string; target: Omit<CiteTarget, 'citations'> }> = [];
  for (const digest of digests) {
    pending.push({ digestId: digest.id, target: { key: 'digest', label: digest.data.title, item: digestCsl(digest, ctx), files: filesOf(digest.id) } });
    for (const claim of digest.data.claims) {
      const byName = graph.entities.get(claim.by)?.name ?? claim.by;
      pending.push({
        digestId: digest.id,
        target: {
          key: claimAnchor(claim.id),
          label: `${byName}: ${claim.text}`,
          claimId: claim.id,
          item: claimCsl(digest, claim, byName, ctx),
          files: filesOf(digest.id, claim.id),
        },
      });
    }
  }
  const formatted = formatCitations(pending.map((p) => p.target.item));
  const out = new Map<string, CiteTarget[]>(digests.map((d) => [d.id, []]));
  for (const [i, { digestId, target }] of pending.entries()) out.get(digestId)!.push({ ...target, citations: formatted[i]! });
  return out;
}

/** What the panel script receives: no CSL items, only what it shows. */
export function citePanelData(targets: readonly CiteTarget[]) {
  return Object.fromEntries(
    targets.map((t) => [t.key, { label: t.label, url: t.item.URL, citations: t.citations, files: t.files }]),
  );
}
