/**
 * Which preview image each page shares, and what its card says. The PNGs
 * themselves are rendered by src/pages/og/ at build time.
 */
import type { EntityGraph } from '../graph.ts';
import type { EntityType } from '../schema/index.ts';
import { ACTOR_KINDS } from '../schema/index.ts';
import { ENTITY_LABEL } from '../entity-kinds.ts';
import { KIND_SEGMENT } from '../urls.ts';
import { formatDate } from '../views/dates.ts';
import type { PreviewCard } from './preview-card.ts';
import { SITE } from './site.ts';

/** An entry with a preview card of its own. */
export interface PreviewSubject {
  kind: 'digest' | EntityType;
  id: string;
}

/** The card every page without one of its own shares. */
export const SITE_PREVIEW_PATH = '/og/site.png';

/** The path of an entry's card: `/og/digests/<id>.png`, `/og/countries/<id>.png`, … */
export function previewImagePath(subject: PreviewSubject): string {
  return `/og/${KIND_SEGMENT[subject.kind]}/${subject.id}.png`;
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

/** Every entry that gets a card of its own. */
export function previewSubjects(graph: EntityGraph): PreviewSubject[] {
  return [
    ...graph.digests.map((d) => ({ kind: 'digest' as const, id: d.id })),
    ...[...graph.entities.values()].map((e) => ({ kind: e.type, id: e.id })),
  ];
}

const ACTOR_KIND_LABEL: Record<(typeof ACTOR_KINDS)[number], string> = {
  person: 'Person',
  organization: 'Organization',
  'state-body': 'State body',
};

type Lookup = {
  digests: Map<string, EntityGraph['corpus']['digests'][number]>;
  actors: Map<string, EntityGraph['corpus']['actors'][number]>;
  events: Map<string, EntityGraph['corpus']['events'][number]>;
  countries: Map<string, EntityGraph['corpus']['countries'][number]>;
};
const lookups = new WeakMap<EntityGraph, Lookup>();

/** Entries by id, built once per graph: pages and cards ask for thousands of them. */
function lookup(graph: EntityGraph): Lookup {
  let found = lookups.get(graph);
  if (!found) {
    const { corpus } = graph;
    const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((e) => [e.id, e]));
    found = {
      digests: byId(corpus.digests),
      actors: byId(corpus.actors),
      events: byId(corpus.events),
      countries: byId(corpus.countries),
    };
    lookups.set(graph, found);
  }
  return found;
}

/** The line above the title that says what kind of page this is. */
export function previewLabel(graph: EntityGraph, subject: PreviewSubject): string {
  const entries = lookup(graph);
  switch (subject.kind) {
    case 'digest': {
      const digest = entries.digests.get(subject.id);
      if (!digest) break;
      const { outlet, published, publishedApprox } = digest.data.source;
      return `Digest · ${outlet} · ${formatDate(published, publishedApprox)}`;
    }
    case 'actor': {
      const actor = entries.actors.get(subject.id);
      if (!actor) break;
      return `${ENTITY_LABEL.actor.one} · ${ACTOR_KIND_LABEL[actor.data.kind]}`;
    }
    case 'event': {
      const event = entries.events.get(subject.id);
      if (!event) break;
      return `${ENTITY_LABEL.event.one} · ${formatDate(event.data.date, event.data.approximate)}`;
    }
    case 'country': {
      const country = entries.countries.get(subject.id);
      if (!country) break;
      return country.data.centralAsia ? `${ENTITY_LABEL.country.one} · Central Asia` : ENTITY_LABEL.country.one;
    }
    case 'topic':
      if (graph.entities.get(subject.id)?.type === 'topic') return ENTITY_LABEL.topic.one;
  }
  throw new Error(`no ${subject.kind} "${subject.id}" to make a preview card of`);
}

/** What an entry's card says. */
export function previewCard(graph: EntityGraph, subject: PreviewSubject, site: URL): PreviewCard {
  const label = previewLabel(graph, subject);
  const base = { siteName: SITE.name, label, host: site.host };
  if (subject.kind === 'digest') {
    const { data } = lookup(graph).digests.get(subject.id)!;
    return { ...base, title: data.title, summary: data.summary };
  }
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
