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
import type { FormattedCitation, FormattedItem } from './format.ts';
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

/** A cite target before it is formatted. */
export type UnformattedTarget = Omit<CiteTarget, 'citations' | 'files'>;

/** What a digest offers to cite: the digest first, then its claims in ledger order. */
export function unformattedTargets(graph: EntityGraph, digest: Entry<'digest'>, ctx: CiteContext): UnformattedTarget[] {
  const targets: UnformattedTarget[] = [{ key: 'digest', label: digest.data.title, item: digestCsl(digest, ctx) }];
  for (const claim of digest.data.claims) {
    const byName = graph.entities.get(claim.by)?.name ?? claim.by;
    targets.push({ key: claimAnchor(claim.id), label: `${byName}: ${claim.text}`, claimId: claim.id, item: claimCsl(digest, claim, byName, ctx) });
  }
  return targets;
}

/** A digest's targets with what formatItems made of their items (here or on a worker), in the same order. */
export function formattedTargets(digestId: string, targets: readonly UnformattedTarget[], formatted: readonly FormattedItem[]): CiteTarget[] {
  if (formatted.length !== targets.length) throw new Error(`${formatted.length} formatted items for ${targets.length} targets`);
  return targets.map((target, i) => {
    const { citations, files } = formatted[i]!;
    const file = (ext: CiteFileExt): CiteFile => ({ href: citeDataUrl(ext, files[ext]), name: citeFileName(digestId, target.claimId, ext) });
    return { ...target, citations, files: Object.fromEntries(CITE_FILE_FORMATS.map(({ ext }) => [ext, file(ext)])) as Record<CiteFileExt, CiteFile> };
  });
}
