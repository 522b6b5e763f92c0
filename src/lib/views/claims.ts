/**
 * Claims as pages show them: the ledger of a digest with the claims each one
 * disputes and is disputed by, and the sides of a dispute with their sources.
 */
import type { Entry } from '../corpus.ts';
import { claimRefOf, type EntityGraph, type EntityRecord, fullClaimRef } from '../graph.ts';
import { type Claim, CLAIM_STATUSES, type ClaimStatus, type SourceKind } from '../schema/index.ts';
import { claimUrl } from '../urls.ts';

/** Short labels for claim statuses, as badges show them. */
export const CLAIM_STATUS_LABEL: Record<ClaimStatus, string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  contested: 'Contested',
  refuted: 'Refuted',
  unverified: 'Unverified',
};

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
  /** Claims that dispute this one, other than those it disputes in turn (listed once, under `disputes`). */
  disputedBy: ClaimLink[];
  /** Recorded disputes that count this claim on one of their sides. */
  debates: Entry<'dispute'>[];
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

/** The claims ledger of a digest, in the order the digest records them. */
export function claimsLedger(graph: EntityGraph, digest: Entry<'digest'>): LedgerRow[] {
  return digest.data.claims.map((claim) => {
    const ref = `${digest.id}#${claim.id}`;
    const disputes = claim.disputes.map((r) => claimLink(graph, fullClaimRef(r, digest.id))).filter((l) => l !== undefined);
    const mutual = new Set(disputes.map((l) => l.ref));
    return {
      claim,
      by: graph.entities.get(claim.by),
      disputes,
      disputedBy: graph
        .referrers(ref, 'claims.disputes')
        .map((r) => claimLink(graph, claimRefOf(r))!)
        .filter((l) => !mutual.has(l.ref)),
      debates: [...new Set(graph.referrers(ref, 'sides.claims').map((r) => r.entry as Entry<'dispute'>))],
    };
  });
}

/** The statuses that occur among some claims, in the canonical order: the legend of a ledger. */
export function statusesUsed(claims: readonly Pick<Claim, 'status'>[]): ClaimStatus[] {
  const used = new Set(claims.map((c) => c.status));
  return CLAIM_STATUSES.filter((status) => used.has(status));
}

/** The sides of a dispute, each with its claims resolved to their digests. */
export function disputeSides(graph: EntityGraph, dispute: Entry<'dispute'>): DisputeSideView[] {
  return dispute.data.sides.map((side) => ({
    position: side.position,
    claims: side.claims.map((ref) => claimLink(graph, ref)).filter((l) => l !== undefined),
  }));
}
