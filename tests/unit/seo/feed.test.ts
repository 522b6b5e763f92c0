import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { feedOptions, partialDateStart, siteFeedItems, topicFeedItems, topicFeedPath } from '../../../src/lib/seo/feed.ts';
import { edit } from '../../support/content-tree.ts';
import { fixtureGraph } from '../views/fixture-graph.ts';

const site = new URL('https://example.org/');
const HOSTILE = '</script><script>alert(1)</script><!-- & ]]> <b>bold</b>';

describe('dates', () => {
  test('a partial date starts on its first day, in UTC', () => {
    expect(partialDateStart('2021').toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(partialDateStart('2021-05').toISOString()).toBe('2021-05-01T00:00:00.000Z');
    expect(partialDateStart('2021-05-14').toISOString()).toBe('2021-05-14T00:00:00.000Z');
  });
});

describe('items', () => {
  const graph = fixtureGraph();

  test('the site feed has the digests, newest first, with their summary and source', () => {
    const items = siteFeedItems(graph);
    expect(items.map((i) => i.link)).toEqual(['/digests/herald-pact-ready/', '/digests/herald-border-crisis/']);
    const dates = items.map((i) => i.pubDate.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(items[1]).toMatchObject({
      title: 'Freedonia rejects outside help in border crisis',
      description: expect.stringContaining('The Herald reports that Freedonia turned down troops'),
      categories: ['Border security'],
    });
    expect(items[1]!.description).toContain('“Firefly says no to Pact troops”, Daily Herald');
  });

  test('a feed carries the newest digests only, however many there are', () => {
    expect(siteFeedItems(graph, 1).map((i) => i.link)).toEqual(['/digests/herald-pact-ready/']);
    expect(topicFeedItems(graph, 'border-security', 0)).toEqual([]);
  });

  test("a topic's feed has only the digests that touch it", () => {
    expect(topicFeedItems(graph, 'border-security').map((i) => i.link)).toEqual(['/digests/herald-border-crisis/']);
    expect(topicFeedItems(graph, 'non-interference')).toEqual([]);
    expect(topicFeedPath('border-security')).toBe('/topics/border-security/rss.xml');
  });
});

describe('written feed', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

  test('hostile titles and summaries are escaped and read back unchanged', async () => {
    const graph = fixtureGraph({
      ...edit('digests/herald-border-crisis.md', 'title: Freedonia rejects outside help in border crisis', `title: '${HOSTILE}'`),
    });
    const xml = await getRssString(
      feedOptions({ title: `Feed ${HOSTILE}`, description: HOSTILE, path: '/rss.xml', page: '/', site, items: siteFeedItems(graph) }),
    );
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<!--');
    const { channel } = parser.parse(xml).rss;
    expect(channel.title).toBe(`Feed ${HOSTILE}`);
    expect(channel.description).toBe(HOSTILE);
    expect(channel.item.map((i: { title: string }) => i.title)).toContain(HOSTILE);
  });

  test('links are absolute, the channel links its page and the feed names itself', async () => {
    const graph = fixtureGraph();
    const xml = await getRssString(
      feedOptions({ title: 'T', description: 'D', path: topicFeedPath('border-security'), page: '/topics/border-security/', site, items: topicFeedItems(graph, 'border-security') }),
    );
    const { channel } = parser.parse(xml).rss;
    expect(channel.link).toBe('https://example.org/topics/border-security/');
    expect(channel.language).toBe('en');
    expect(channel['atom:link']['@_href']).toBe('https://example.org/topics/border-security/rss.xml');
    expect(channel.item[0].link).toBe('https://example.org/digests/herald-border-crisis/');
    expect(channel.item[0].guid['#text']).toBe('https://example.org/digests/herald-border-crisis/');
    expect(channel.item[0].pubDate).toBe('Thu, 13 Jan 2022 00:00:00 GMT');
  });
});
