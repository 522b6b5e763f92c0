/**
 * Everything a page's head says about it for sharing and indexing: Open
 * Graph type, preview image, dates, feeds and JSON-LD. Pages name only what
 * they are about; the rest follows from the graph.
 */
import type { EntityGraph } from '../graph.ts';
import { SITE_FEED_PATH, topicFeedPath } from './feed.ts';
import {
  digestJsonLd,
  entityJsonLd,
  webPageJsonLd,
  websiteJsonLd,
  type EntityData,
  type EntityLookup,
  type JsonLd,
  type SiteContext,
} from './json-ld.ts';
import { previewAlt, previewCard, sharedImagePath, siteCard, SITE_PREVIEW_PATH, type PreviewImageMode, type PreviewSubject } from './preview.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './preview-card.ts';
import { SITE } from './site.ts';

/** A page as its head describes it. */
export interface PageDescription {
  /** The page's path, e.g. "/digests/x/". */
  path: string;
  title: string;
  description: string;
  /** The digest or entity the page presents, if it presents one. */
  about?: PreviewSubject | undefined;
}

export interface Sharing {
  /** Open Graph type. */
  type: 'website' | 'article';
  image: { path: string; alt: string; width: number; height: number };
  /** For articles: when the work was published (a partial ISO 8601 date). */
  publishedTime?: string | undefined;
  /** For articles: topic names. */
  tags: string[];
  feeds: Array<{ title: string; path: string }>;
  jsonLd: JsonLd;
}

function entityLookup(graph: EntityGraph): EntityLookup {
  return (id) => {
    const record = graph.entities.get(id);
    if (!record) return undefined;
    const actorKind = graph.entry('actor', id)?.data.kind;
    return actorKind === undefined ? { record } : { record, actorKind };
  };
}

/** The sharing metadata of one page. */
export function sharingFor(
  graph: EntityGraph,
  page: PageDescription,
  { site, previewImages }: { site: URL; previewImages: PreviewImageMode },
): Sharing {
  const ctx: SiteContext = { site, name: SITE.name, description: SITE.description };
  const feeds: Sharing['feeds'] = [{ title: SITE.name, path: SITE_FEED_PATH }];
  const about = page.about;
  const imagePath = sharedImagePath(about, previewImages);
  const ownCard = about !== undefined && imagePath !== SITE_PREVIEW_PATH;
  const card = ownCard ? previewCard(graph, about, site) : siteCard(site);
  const image = { path: imagePath, alt: previewAlt(card), width: CARD_WIDTH, height: CARD_HEIGHT };
  const lookup = entityLookup(graph);
  // Structured data names an image only when it shows this entry, not the site card.
  const ownImage = ownCard ? imagePath : undefined;

  if (about?.kind === 'digest') {
    const digest = graph.entry('digest', about.id);
    if (!digest) throw new Error(`no digest "${about.id}" to describe`);
    return {
      type: 'article',
      image,
      publishedTime: digest.data.source.published,
      tags: digest.data.topics.flatMap((id) => graph.entities.get(id)?.name ?? []),
      feeds,
      jsonLd: digestJsonLd(digest, { image: ownImage, lookup }, ctx),
    };
  }
  if (about && about.kind !== 'dispute') {
    const record = graph.entities.get(about.id);
    if (!record || record.kind !== about.kind) throw new Error(`no ${about.kind} "${about.id}" to describe`);
    const data = graph.entry(record.kind, about.id)!.data as EntityData;
    if (about.kind === 'topic') feeds.push({ title: `${SITE.name}: ${record.name}`, path: topicFeedPath(about.id) });
    return { type: 'website', image, tags: [], feeds, jsonLd: entityJsonLd(record, data, { image: ownImage, lookup }, ctx) };
  }
  return {
    type: 'website',
    image,
    tags: [],
    feeds,
    jsonLd: page.path === '/' ? websiteJsonLd(ctx) : webPageJsonLd(page, ctx),
  };
}
