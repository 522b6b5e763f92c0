/**
 * Link previews: which links get one, and the shape of the small per-kind
 * data files the cards are drawn from (`/data/preview/<segment>.json`).
 * Pure, so the browser script and the build share it.
 */
import { ENTITY_KINDS, KINDS } from './kinds.ts';

/** Kinds of page whose links get a preview card, by URL segment: digests and every kind of entity. */
export const PREVIEW_SEGMENTS: readonly string[] = [KINDS.digest.collection, ...ENTITY_KINDS.map((kind) => KINDS[kind].collection)];
/** A URL segment with previews, e.g. "digests", "actors". */
export type PreviewSegment = string;

/** What a card shows for an entity. */
export interface EntityPreview {
  /** "Country", "Actor", … */
  kind: string;
  name: string;
  /** The first sentence of its summary. */
  summary: string;
  /** How many digests name it. */
  digests: number;
}

/** What a card shows for a digest. */
export interface DigestPreview {
  kind: 'Digest';
  name: string;
  outlet: string;
  /** The original's date in words, e.g. "c. 13 January 2022". */
  date: string;
  /** What our copy was: "Original", "Reworded copy", … */
  copy: string;
  summary: string;
}

export type LinkPreview = EntityPreview | DigestPreview;

/** One data file: previews by id. */
export type PreviewFile = Record<string, LinkPreview>;

/** The data file of a kind of page. */
export function previewDataPath(segment: PreviewSegment): string {
  return `/data/preview/${segment}.json`;
}

const PAGE = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/**
 * The page a link leads to, when it is a digest or an entity on this site:
 * `/actors/xi-jinping/` or `/digests/x/#claim-y` (the fragment is ignored).
 */
export function previewTarget(href: string, origin: string): { segment: PreviewSegment; id: string } | undefined {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  const m = PAGE.exec(url.pathname);
  return m && PREVIEW_SEGMENTS.includes(m[1]!) ? { segment: m[1]!, id: m[2]! } : undefined;
}

/**
 * The first sentence of a summary, for a one-line card. A full stop ends a
 * sentence only when a capital letter or the end follows and the word before
 * it is not a single capital ("U.S.", "J. Smith").
 */
export function firstSentence(text: string): string {
  const m = /^.*?[^\s.A-Z][.!?](?=\s+["“‘(]?[A-Z0-9]|$)/su.exec(text);
  return (m ? m[0] : text).trim();
}
