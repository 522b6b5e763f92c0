import { describe, expect, test } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/seo/json-ld.ts';
import { sharingFor } from '../../../src/lib/seo/sharing.ts';
import { edit } from '../../support/content-tree.ts';
import { fixtureGraph } from '../views/fixture-graph.ts';

const site = new URL('https://example.org/');
const options = { site, previewImages: 'all' as const };

describe('sharingFor', () => {
  const graph = fixtureGraph();

  test('a digest is an article with its own card, its source date and topics', () => {
    const sharing = sharingFor(
      graph,
      { path: '/digests/herald-border-crisis/', title: 'T', description: 'D', about: { kind: 'digest', id: 'herald-border-crisis' } },
      options,
    );
    expect(sharing).toMatchObject({
      type: 'article',
      image: { path: '/og/digests/herald-border-crisis.png', width: 1200, height: 630 },
      publishedTime: '2022-01-13',
      tags: ['Border security'],
      feeds: [{ path: '/rss.xml' }],
      jsonLd: { '@type': 'Article' },
    });
    expect(sharing.image.alt).toContain('Freedonia rejects outside help in border crisis');
  });

  test('a topic page offers its own feed next to the site feed', () => {
    const sharing = sharingFor(graph, { path: '/topics/border-security/', title: 'T', description: 'D', about: { kind: 'topic', id: 'border-security' } }, options);
    expect(sharing.feeds.map((f) => f.path)).toEqual(['/rss.xml', '/topics/border-security/rss.xml']);
    expect(sharing.jsonLd['@type']).toBe('DefinedTerm');
    expect(sharing.type).toBe('website');
  });

  test('the home page describes the website; other pages are web pages with the site card', () => {
    const home = sharingFor(graph, { path: '/', title: 'Home', description: 'D' }, options);
    expect(home.jsonLd['@type']).toBe('WebSite');
    expect(home.image.path).toBe('/og/site.png');
    const timeline = sharingFor(graph, { path: '/timeline/', title: 'Timeline', description: 'Events in order.' }, options);
    expect(timeline.jsonLd).toMatchObject({ '@type': 'WebPage', url: 'https://example.org/timeline/', name: 'Timeline' });
    expect(timeline.publishedTime).toBeUndefined();
  });

  test('with PREVIEW_IMAGES=site every page shares the site card and says so in its alt text', () => {
    const sharing = sharingFor(
      graph,
      { path: '/actors/rufus-firefly/', title: 'T', description: 'D', about: { kind: 'actor', id: 'rufus-firefly' } },
      { site, previewImages: 'site' },
    );
    expect(sharing.image.path).toBe('/og/site.png');
    expect(sharing.image.alt).not.toContain('Rufus');
    expect(sharing.jsonLd).not.toHaveProperty('image');
  });

  test('a page about something that does not exist fails the build', () => {
    expect(() => sharingFor(graph, { path: '/x/', title: 'T', description: 'D', about: { kind: 'digest', id: 'nope' } }, options)).toThrow(/no digest/);
    expect(() => sharingFor(graph, { path: '/x/', title: 'T', description: 'D', about: { kind: 'country', id: 'rufus-firefly' } }, options)).toThrow(/no country/);
  });

  test('a hostile digest title reaches the JSON-LD as data', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const changed = fixtureGraph(edit('digests/herald-border-crisis.md', 'title: Freedonia rejects outside help in border crisis', `title: '${hostile}'`));
    const sharing = sharingFor(changed, { path: '/digests/herald-border-crisis/', title: hostile, description: 'D', about: { kind: 'digest', id: 'herald-border-crisis' } }, options);
    const json = serializeJsonLd(sharing.jsonLd);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe(hostile);
  });
});
