/**
 * RSS feeds: the whole site at /rss.xml and one per topic at
 * /topics/<id>/rss.xml. Items are digests, newest original publication first.
 */
import type { Entry } from '../corpus.ts';
import type { EntityGraph } from '../graph.ts';
import { entryUrl } from '../urls.ts';
import { SITE } from './site.ts';
import { escapeXml } from './xml.ts';

/** The site-wide feed. */
export const SITE_FEED_PATH = '/rss.xml';

/** The feed of one topic. */
export function topicFeedPath(topicId: string): string {
  return `${entryUrl('topic', topicId)}rss.xml`;
}

/**
 * The first moment of a partial date, in UTC: "2021" is 1 January 2021 and
 * "2021-05" is 1 May 2021. RSS needs a full date; the first day keeps the
 * order right without inventing a day in the middle.
 */
export function partialDateStart(value: string): Date {
  const [year, month = '1', day = '1'] = value.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/** One feed item, in the shape feed writers take. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** A digest as a feed item; its categories are the names of its topics. */
export function digestFeedItem(digest: Pick<Entry<'digest'>, 'id' | 'data'>, graph: Pick<EntityGraph, 'entities'>): FeedItem {
  const { data } = digest;
  return {
    title: data.title,
    link: entryUrl('digest', digest.id),
    pubDate: partialDateStart(data.source.published),
    description: `${data.summary} (Digest of “${data.source.headline}”, ${data.source.outlet}.)`,
    categories: data.topics.flatMap((id) => graph.entities.get(id)?.name ?? []),
  };
}

/**
 * Items a feed carries: the newest. Readers poll a feed again and again and
 * only need what is new; a feed of every digest was 1.2 MB at 1,000 digests
 * and grew with the corpus. The digests index lists them all.
 */
export const FEED_ITEMS = 50;

/** Items of the site feed: the newest digests, newest first. */
export function siteFeedItems(graph: EntityGraph, limit = FEED_ITEMS): FeedItem[] {
  return graph.digests.slice(0, limit).map((d) => digestFeedItem(d, graph));
}

/** The digests of a topic's feed: the newest that touch the topic, newest first. */
export function topicFeedDigests(graph: EntityGraph, topicId: string, limit = FEED_ITEMS): Entry<'digest'>[] {
  const touching: Entry<'digest'>[] = [];
  for (const d of graph.digests) {
    if (touching.length >= limit) break;
    if (graph.entitiesOf(d.id).has(topicId)) touching.push(d);
  }
  return touching;
}

/** Items of a topic's feed (see topicFeedDigests). */
export function topicFeedItems(graph: EntityGraph, topicId: string, limit = FEED_ITEMS): FeedItem[] {
  return topicFeedDigests(graph, topicId, limit).map((d) => digestFeedItem(d, graph));
}


/**
 * Options for an RSS 2.0 writer (@astrojs/rss): the channel, linked to the
 * page it follows, its language, and the Atom self link feed readers use to
 * know the feed's own address. Item links are made absolute here.
 */
export function feedOptions(feed: { title: string; description: string; path: string; page: string; site: URL; items: FeedItem[] }) {
  return {
    title: feed.title,
    description: feed.description,
    site: new URL(feed.page, feed.site).href,
    items: feed.items.map((item) => ({ ...item, link: new URL(item.link, feed.site).href })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${SITE.language}</language><atom:link href="${escapeXml(new URL(feed.path, feed.site).href)}" rel="self" type="application/rss+xml"/>`,
  };
}
