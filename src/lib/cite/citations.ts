/**
 * Everything the Cite controls of one digest page offer: the digest and
 * each of its claims, formatted in every style, with their BibTeX, RIS and
 * CSL-JSON files: the digest's published under /data/cite/, each claim's
 * carried in a `data:` address (see claimCiteFileName). Built once per
 * digest at build time.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph } from '../graph.ts';
import { claimAnchor } from '../urls.ts';
import { type CiteContext, claimCsl, type CslItem, digestCsl } from './csl.ts';
import { citeFileText, type FormattedCitation, formatCitations } from './format.ts';
import { CITE_FILE_FORMATS, citeDataUrl, type CiteFileExt, citeFilePath, claimCiteFileName } from './paths.ts';

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
  /** Its files, by extension. */
  files: Record<CiteFileExt, CiteFile>;
}

/** A citation file to download: its address (a site path or a `data:` address) and the name to save it under. */
export interface CiteFile {
  href: string;
  name: string;
}

const byFormat = (file: (ext: CiteFileExt) => CiteFile) =>
  Object.fromEntries(CITE_FILE_FORMATS.map(({ ext }) => [ext, file(ext)])) as Record<CiteFileExt, CiteFile>;

const digestFiles = (digestId: string) => byFormat((ext) => ({ href: citeFilePath(digestId, ext), name: `${digestId}.${ext}` }));

const claimFiles = (digestId: string, claimId: string, item: CslItem) =>
  byFormat((ext) => ({ href: citeDataUrl(ext, citeFileText(ext, [item])), name: claimCiteFileName(digestId, claimId, ext) }));

/**
 * The cite targets of every digest given: for each, the digest first, then
 * its claims in ledger order. Formatted in one batch (see formatCitations).
 */
export function citeTargets(graph: EntityGraph, digests: readonly Entry<'digest'>[], ctx: CiteContext): Map<string, CiteTarget[]> {
  const pending: Array<{ digestId: string; target: Omit<CiteTarget, 'citations'> }> = [];
  for (const digest of digests) {
    pending.push({ digestId: digest.id, target: { key: 'digest', label: digest.data.title, item: digestCsl(digest, ctx), files: digestFiles(digest.id) } });
    for (const claim of digest.data.claims) {
      const byName = graph.entities.get(claim.by)?.name ?? claim.by;
      const item = claimCsl(digest, claim, byName, ctx);
      pending.push({
        digestId: digest.id,
        target: {
          key: claimAnchor(claim.id),
          label: `${byName}: ${claim.text}`,
          claimId: claim.id,
          item,
          files: claimFiles(digest.id, claim.id, item),
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
