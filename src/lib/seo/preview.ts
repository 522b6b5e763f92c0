/**
 * Which preview image each page shares, and what its card says. The PNGs
 * themselves are rendered by src/pages/og/ at build time.
 */
import type { EntityGraph } from '../graph.ts';
import { type Kind, KINDS } from '../kinds.ts';
import { formatDate } from '../views/dates.ts';
import { entityQualifier } from '../views/entities.ts';
import type { PreviewCard } from './preview-card.ts';
import { SITE } from './site.ts';

/** An entry with a preview card of its own. */
export interface PreviewSubject {
  kind: Kind;
  id: string;
}

/** The card every page without one of its own shares. */
export const SITE_PREVIEW_PATH = '/og/site.png';

/** The path of an entry's card: `/og/digests/<id>.png`, `/og/countries/<id>.png`, … */
export function previewImagePath(subject: PreviewSubject): string {
  return `/og/${KINDS[subject.kind].collection}/${subject.id}.png`;
}

/**
 * `all` renders a card per digest and entity; `site` renders only the site
 * card and every page shares it, for builds where rendering thousands of
 * cards would dominate (benchmarks, quick previews).
 */
export type PreviewImageMode = 'all' | 'site';

/** The mode chosen by the PREVIEW_IMAGES environment variable (default `all`); anything else is an error. */
export function previewImageMode(env: Readonly<Record<string, string | undefined>>): PreviewImageMode {
  const value = env.PREVIEW_IMAGES?.trim() || 'all';
  if (value === 'all' || value === 'site') return value;
  throw new Error(`PREVIEW_IMAGES must be "all" or "site", not ${JSON.stringify(value)}`);
}

/** Where the build caches rendered cards: set from Astro's cache folder (see astro.config.mjs); unset means no cache. */
export function previewImageCacheDir(env: Readonly<Record<string, string | undefined>>): string | undefined {
  return env.PREVIEW_IMAGE_CACHE || undefined;
}

/** The image a page shares, given the mode: its own card, or the site card. */
export function sharedImagePath(subject: PreviewSubject | undefined, mode: PreviewImageMode): string {
  return subject && mode === 'all' ? previewImagePath(subject) : SITE_PREVIEW_PATH;
}

/** Every entry that gets a card of its own: all of them. */
export function previewSubjects(graph: EntityGraph): PreviewSubject[] {
  return (Object.values(graph.corpus) as Array<Array<{ kind: Kind; id: string }>>).flat().map(({ kind, id }) => ({ kind, id }));
}

/** The line above the title that says what kind of page this is. */
export function previewLabel(graph: EntityGraph, subject: PreviewSubject): string {
  const digest = graph.entry('digest', subject.id);
  if (subject.kind === 'digest' && digest) {
    const { outlet, published, publishedApprox } = digest.data.source;
    return `Digest · ${outlet} · ${formatDate(published, publishedApprox)}`;
  }
  if (subject.kind === 'dispute' && graph.entry('dispute', subject.id)) return 'Where sources disagree';
  const record = graph.entities.get(subject.id);
  if (record?.kind === subject.kind) return [KINDS[record.kind].one, entityQualifier(graph, record)].filter(Boolean).join(' · ');
  throw new Error(`no ${subject.kind} "${subject.id}" to make a preview card of`);
}

/** What an entry's card says. */
export function previewCard(graph: EntityGraph, subject: PreviewSubject, site: URL): PreviewCard {
  const base = { siteName: SITE.name, label: previewLabel(graph, subject), host: site.host };
  const text = graph.entry('digest', subject.id)?.data ?? graph.entry('dispute', subject.id)?.data;
  if (text) return { ...base, title: text.title, summary: text.summary };
  const record = graph.entities.get(subject.id)!;
  return { ...base, title: record.name, summary: record.summary };
}

/** Words for the image's alt text: what the card shows. */
export function previewAlt(card: Pick<PreviewCard, 'label' | 'title'>): string {
  return `${card.label}: ${card.title}`;
}

/** What the site's own card says. */
export function siteCard(site: URL): PreviewCard {
  return { siteName: SITE.name, label: 'Research digests', title: SITE.subject, summary: SITE.description, host: site.host };
}
