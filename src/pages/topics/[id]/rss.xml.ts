/** One feed per topic: the digests that touch it, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph, getPageKeys } from '../../../data/graph.ts';
import { feedOptions, topicFeedDigests, topicFeedItems, topicFeedPath } from '../../../lib/seo/feed.ts';
import { SITE } from '../../../lib/seo/site.ts';
import { entryUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const [graph, keys] = await Promise.all([getGraph(), getPageKeys()]);
  return [...graph.entities.values()]
    .filter((e) => e.kind === 'topic')
    .map((topic) => ({
      params: { id: topic.id },
      props: { topic },
      // The feed shows the topic and its newest digests, with what they name.
      cacheKey: keys.list('topic feed', [topic.id, ...topicFeedDigests(graph, topic.id).map((d) => d.id)]),
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: { id: string; name: string; summary: string } }> = async ({ props: { topic }, site }) =>
  rss(
    feedOptions({
      title: `${SITE.name}: ${topic.name}`,
      description: topic.summary,
      path: topicFeedPath(topic.id),
      page: entryUrl('topic', topic.id),
      site: site!,
      items: topicFeedItems(await getGraph(), topic.id),
    }),
  );
