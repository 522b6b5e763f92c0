import { type Kind, KINDS } from './kinds.ts';

/** The page of an entry: `/digests/<id>/`, `/countries/<id>/`, … */
export function entryUrl(kind: Kind, id: string): string {
  return `/${KINDS[kind].collection}/${id}/`;
}

/** The index page of a kind: `/digests/`, `/countries/`, … */
export function kindIndexUrl(kind: Kind): string {
  return `/${KINDS[kind].collection}/`;
}

/** The anchor of a claim on its digest page. */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

/** The page and anchor of a claim: `/digests/<digest>/#claim-<claim>`. */
export function claimUrl(digestId: string, claimId: string): string {
  return `${entryUrl('digest', digestId)}#${claimAnchor(claimId)}`;
}
