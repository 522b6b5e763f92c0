/**
 * Everything the cite page of a digest offers (and the Cite panel of the
 * digest page, which reads the cite page): the digest and each of its
 * claims, formatted in every style, with their BibTeX, RIS and CSL-JSON
 * files as `data:` addresses (see citeFileName). Built once per digest at
 * build time.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph } from '../graph.ts';
import { claimAnchor } from '../urls.ts';
import { type CiteContext, claimCsl, type CslItem, digestCsl } from './csl.ts';
import { citeFileText, type FormattedCitation, formatCitations } from './format.ts';
import { CITE_FILE_FORMATS, citeDataUrl, type CiteFileExt, citeFileName } from './paths.ts';

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

/** A citation file to download: its `data:` address and the name to save it under. */
export interface CiteFile {
  href: string;
  name: string;
}

const filesOf = (item: CslItem, digestId: string, claimId?: string) =>
  Object.fromEntries(
    CITE_FILE_FORMATS.map(({ ext }) => [ext, { href: citeDataUrl(ext, citeFileText(ext, [item])), name: citeFileName(digestId, claimId, ext) }]),
  ) as Record<CiteFileExt, CiteFile>;

/** A cite target before its citations are formatted. */
export type UnformattedTarget = Omit<CiteTarget, 'citations'>;

/** What a digest offers to cite: the digest first, then its claims in ledger order. */
export function unformattedTargets(graph: EntityGraph, digest: Entry<'digest'>, ctx: CiteContext): UnformattedTarget[] {
  const item = digestCsl(digest, ctx);
  const targets: UnformattedTarget[] = [{ key: 'digest', label: digest.data.title, item, files: filesOf(item, digest.id) }];
  for (const claim of digest.data.claims) {
    const byName = graph.entities.get(claim.by)?.name ?? claim.by;
    const item = claimCsl(digest, claim, byName, ctx);
    targets.push({ key: claimAnchor(claim.id), label: `${byName}: ${claim.text}`, claimId: claim.id, item, files: filesOf(item, digest.id, claim.id) });
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
