/**
 * Claims as pages show them: the ledger of a digest with the claims each one
 * disputes and is disputed by, and the sides of a dispute with their sources.
 */
import type { Entry } from '../corpus.ts';
import { claimRefOf, type EntityGraph, type EntityRecord, fullClaimRef } from '../graph.ts';
import {
  type Attribution,
  ATTRIBUTIONS,
  type Claim,
  type Correction,
  type Evidence,
  type Source,
  type SourceKind,
  type SourceRef,
  type Substance,
  SUBSTANCES,
} from '../schema/index.ts';
import { claimUrl, entryUrl } from '../urls.ts';

/** Short labels for the attribution judgement, as badges show them. */
export const ATTRIBUTION_LABEL: Record<Attribution, string> = {
  documented: 'Said: documented',
  reported: 'Said: reported',
  unverified: 'Said: unverified',
};

/** Short labels for the substance judgement, as badges show them. */
export const SUBSTANCE_LABEL: Record<Substance, string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  contested: 'Contested',
  refuted: 'Refuted',
  unverified: 'Unverified',
};

/** The two judgements a claim carries, for badges and legends. */
export type Judgement = { kind: 'attribution'; value: Attribution } | { kind: 'substance'; value: Substance };

/** A badge's label, whichever judgement it shows. */
export function judgementLabel(j: Judgement): string {
  return j.kind === 'attribution' ? ATTRIBUTION_LABEL[j.value] : SUBSTANCE_LABEL[j.value];
}

/** Short labels for the kinds of file a digest was made from. */
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  original: 'Original',
  'reworded-copy': 'Reworded copy',
  'scraped-copy': 'Scraped copy',
  review: 'Review',
};

/** A claim somewhere in the corpus, ready to link to. */
export interface ClaimLink {
  /** "digest-id#claim-id". */
  ref: string;
  url: string;
  digest: Entry<'digest'>;
  claim: Claim;
  /** Who makes it, when the actor has a page. */
  by: EntityRecord | undefined;
}

/** A row of a digest's claims ledger. */
export interface LedgerRow {
  claim: Claim;
  by: EntityRecord | undefined;
  /** Claims this one disputes. */
  disputes: ClaimLink[];
  /** Claims that dispute this one, other than those it disputes in turn (listed once, under `disputes`); the first DISPUTED_BY_SHOWN. */
  disputedBy: ClaimLink[];
  /** How many more claims dispute this one than `disputedBy` lists. */
  disputedByMore: number;
  /** Recorded disputes that count this claim on one of their sides. */
  debates: Entry<'dispute'>[];
  /** What corroborates or refutes it. */
  evidence: EvidenceView[];
}

/** A side of a dispute with its claims resolved. */
export interface DisputeSideView {
  position: string;
  claims: ClaimLink[];
}

export { fullClaimRef };

/** Resolves "digest-id#claim-id" to a linkable claim; undefined when there is none. */
export function claimLink(graph: EntityGraph, ref: string): ClaimLink | undefined {
  const found = graph.claim(ref);
  if (!found) return undefined;
  return {
    ref,
    url: claimUrl(found.digest.id, found.claim.id),
    digest: found.digest,
    claim: found.claim,
    by: graph.entities.get(found.claim.by),
  };
}

/**
 * Claims disputing one claim that its ledger row links. Any number of digests
 * can dispute a claim, so the row lists this many and counts the rest, and a
 * digest page stays the same size however large the corpus grows.
 */
export const DISPUTED_BY_SHOWN = 5;

/** The claims ledger of a digest, in the order the digest records them. */
export function claimsLedger(graph: EntityGraph, digest: Entry<'digest'>): LedgerRow[] {
  return digest.data.claims.map((claim) => {
    const ref = `${digest.id}#${claim.id}`;
    const disputes = claim.disputes.map((r) => claimLink(graph, fullClaimRef(r, digest.id))).filter((l) => l !== undefined);
    const mutual = new Set(disputes.map((l) => l.ref));
    const disputedBy = graph
      .referrers(ref, 'claims.disputes')
      .map((r) => claimLink(graph, claimRefOf(r))!)
      .filter((l) => !mutual.has(l.ref));
    return {
      claim,
      by: graph.entities.get(claim.by),
      disputes,
      disputedBy: disputedBy.slice(0, DISPUTED_BY_SHOWN),
      disputedByMore: Math.max(0, disputedBy.length - DISPUTED_BY_SHOWN),
      debates: [...new Set(graph.referrers(ref, 'sides.claims').map((r) => r.entry as Entry<'dispute'>))],
      evidence: evidenceOf(graph, digest.id, claim.evidence),
    };
  });
}

/** The judgements that occur among some claims, each in canonical order: the legend of a ledger. */
export function judgementsUsed(claims: readonly Pick<Claim, 'attribution' | 'substance'>[]): {
  attribution: Attribution[];
  substance: Substance[];
} {
  const attributions = new Set(claims.map((c) => c.attribution));
  const substances = new Set(claims.map((c) => c.substance));
  return {
    attribution: ATTRIBUTIONS.filter((a) => attributions.has(a)),
    substance: SUBSTANCES.filter((s) => substances.has(s)),
  };
}

/** One piece of evidence as a reader can follow it. */
export type EvidenceView =
  | { kind: 'claim'; link: ClaimLink }
  | { kind: 'digest'; url: string; title: string; outlet: string }
  | { kind: 'source'; source: SourceRef };

/** Resolves a claim's evidence; references the corpus check has already validated always resolve. */
export function evidenceOf(graph: EntityGraph, digestId: string, evidence: readonly Evidence[]): EvidenceView[] {
  return evidence.flatMap((e): EvidenceView[] => {
    if ('claim' in e) {
      const link = claimLink(graph, fullClaimRef(e.claim, digestId));
      return link ? [{ kind: 'claim', link }] : [];
    }
    if ('digest' in e) {
      const digest = graph.digests.find((d) => d.id === e.digest);
      return digest ? [{ kind: 'digest', url: entryUrl('digest', digest.id), title: digest.data.title, outlet: digest.data.source.outlet }] : [];
    }
    return [{ kind: 'source', source: e }];
  });
}

/** Evidence as open data: plain references, with claim references made absolute. */
export function evidenceData(digestId: string, evidence: readonly Evidence[]) {
  return evidence.map((e) => ('claim' in e ? { claim: fullClaimRef(e.claim, digestId) } : e));
}

/** A source entry as one line of a reference list: "Publisher, “Title”, date". */
export function sourceRefText(ref: Pick<SourceRef, 'publisher' | 'title'>): string {
  return `${ref.publisher}, “${ref.title}”`;
}

/**
 * Where a reader can find the original: its address when we are certain of
 * it, otherwise a web search for the outlet and headline, labelled as such so
 * nobody mistakes it for the article.
 */
export function originalLink(source: Pick<Source, 'url' | 'outlet' | 'headline'>): { href: string; isSearch: boolean } {
  if (source.url) return { href: source.url, isSearch: false };
  const query = `"${source.headline}" ${source.outlet}`;
  return { href: `https://duckduckgo.com/?q=${encodeURIComponent(query)}`, isSearch: true };
}

/** Corrections as a reader takes them in: meaning-changing ones singly, routine ones grouped. */
export function groupCorrections(corrections: readonly Correction[]): {
  errors: Correction[];
  garbles: Correction[];
  clutter: Correction[];
} {
  return {
    errors: corrections.filter((c) => c.kind === 'error'),
    garbles: corrections.filter((c) => c.kind === 'garble'),
    clutter: corrections.filter((c) => c.kind === 'clutter'),
  };
}

/** The sides of a dispute, each with its claims resolved to their digests. */
export function disputeSides(graph: EntityGraph, dispute: Entry<'dispute'>): DisputeSideView[] {
  return dispute.data.sides.map((side) => ({
    position: side.position,
    claims: side.claims.map((ref) => claimLink(graph, ref)).filter((l) => l !== undefined),
  }));
}
