/** The site feed: every digest, newest original publication first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGraph } from '../data/graph.ts';
import { feedOptions, SITE_FEED_PATH, siteFeedItems } from '../lib/seo/feed.ts';
import { SITE } from '../lib/seo/site.ts';

export const GET: APIRoute = async ({ site }) =>
  rss(feedOptions({ title: SITE.name, description: SITE.description, path: SITE_FEED_PATH, page: '/', site: site!, items: siteFeedItems(await getGraph()) }));
