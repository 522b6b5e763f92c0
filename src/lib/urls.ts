import type { EntityType } from './schema/index.ts';

/** Every kind of page that has a URL of its own. */
export type EntryKind = EntityType | 'digest' | 'dispute';

/** URL path segment of each kind; part of the stable URL scheme. */
export const KIND_SEGMENT: Record<EntryKind, string> = {
  digest: 'digests',
  country: 'countries',
  actor: 'actors',
  topic: 'topics',
  event: 'events',
  dispute: 'disputes',
};

/** The page of an entry: `/digests/<id>/`, `/countries/<id>/`, … */
export function entryUrl(kind: EntryKind, id: string): string {
  return `/${KIND_SEGMENT[kind]}/${id}/`;
}

/** The anchor of a claim on its digest page. */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

/** The page and anchor of a claim: `/digests/<digest>/#claim-<claim>`. */
export function claimUrl(digestId: string, claimId: string): string {
  return `${entryUrl('digest', digestId)}#${claimAnchor(claimId)}`;
}
