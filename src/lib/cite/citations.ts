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

/** A cite target before its citations are formatted. */
export type UnformattedTarget = Omit<CiteTarget, 'citations'>;

/** What a digest offers to cite: the digest first, then its claims in ledger order. */
export function unformattedTargets(graph: EntityGraph, digest: Entry<'digest'>, ctx: CiteContext): UnformattedTarget[] {
  const targets: UnformattedTarget[] = [{ key: 'digest', label: digest.data.title, item: digestCsl(digest, ctx), files: digestFiles(digest.id) }];
  for (const claim of digest.data.claims) {
    const byName = graph.entities.get(claim.by)?.name ?? claim.by;
    const item = claimCsl(digest, claim, byName, ctx);
    targets.push({ key: claimAnchor(claim.id), label: `${byName}: ${claim.text}`, claimId: claim.id, item, files: claimFiles(digest.id, claim.id, item) });
  }
  return targets;
}

/** Targets with their citations, formatted by formatCitations (here or on a worker) in the same order. */
export function withCitations(targets: readonly UnformattedTarget[], formatted: readonly FormattedCitation[][]): CiteTarget[] {
  if (formatted.length !== targets.length) throw new Error(`${formatted.length} formatted citations for ${targets.length} targets`);
  return targets.map((target, i) => ({ ...target, citations: formatted[i]! }));
}

/** The cite targets of every digest given, formatted here in one batch. */
export function citeTargets(graph: EntityGraph, digests: readonly Entry<'digest'>[], ctx: CiteContext): Map<string, CiteTarget[]> {
  return new Map(
    digests.map((digest) => {
      const targets = unformattedTargets(graph, digest, ctx);
      return [digest.id, withCitations(targets, formatCitations(targets.map((t) => t.item)))];
    }),
  );
}

/** What the panel script receives: no CSL items, only what it shows. */
export function citePanelData(targets: readonly CiteTarget[]) {
  return Object.fromEntries(
    targets.map((t) => [t.key, { label: t.label, url: t.item.URL, citations: t.citations, files: t.files }]),
  );
}
