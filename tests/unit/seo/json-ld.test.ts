import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import {
  digestJsonLd,
  entityJsonLd,
  entitySchemaType,
  serializeJsonLd,
  websiteJsonLd,
  type EntityLookup,
  type SiteContext,
} from '../../../src/lib/seo/json-ld.ts';
import { fixtureGraph } from '../views/fixture-graph.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const HOSTILE = '</script><script>alert(1)</script><!--';

/** Puts serialized JSON-LD into a page the way SeoHead does and reads it back as a browser would. */
function roundTrip(value: unknown): { scripts: number; elements: string[]; data: unknown } {
  const html = `<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(value)}</script></head><body><p id="after">after</p></body></html>`;
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html));
  const scripts = elements.filter((e) => e.tagName === 'script');
  const text = scripts[0]!.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
  return { scripts: scripts.length, elements: elements.map((e) => e.tagName), data: JSON.parse(text) };
}

describe('serializeJsonLd', () => {
  test('a title written to break out of the script element stays data and parses back unchanged', () => {
    const value = { '@type': 'Article', headline: HOSTILE, description: 'a\u2028b\u2029c & <b>' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--');
    const back = roundTrip(value);
    expect(back.scripts).toBe(1);
    expect(back.elements).toContain('p'); // the rest of the page is still there, not swallowed by a comment
    expect(back.data).toEqual(value);
  });

  test('any JSON value survives the trip through HTML', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const back = roundTrip({ value });
        expect(back.scripts).toBe(1);
        expect(back.data).toEqual(JSON.parse(JSON.stringify({ value })));
      }),
      { numRuns: 300 },
    );
  });

  test('strings full of markup survive the trip through HTML', () => {
    const markup = fc.stringMatching(/^(?:<\/?script>|<!--|-->|<\/|&|\u2028|\u2029|[a-z"'\\ ])*$/);
    fc.assert(
      fc.property(markup, (text) => {
        const back = roundTrip({ text });
        expect(back.scripts).toBe(1);
        expect(back.data).toEqual({ text });
      }),
    );
  });

  test('refuses what JSON cannot hold', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(TypeError);
  });
});

const ctx: SiteContext = { site: new URL('https://example.org/'), name: 'Site', description: 'About the site.' };

describe('builders', () => {
  const graph = fixtureGraph();
  const lookup: EntityLookup = (id) => {
    const record = graph.entities.get(id);
    if (!record) return undefined;
    const actor = graph.corpus.actor.find((a) => a.id === id);
    return actor ? { record, actorKind: actor.data.kind } : { record };
  };

  test('the website offers a search action with an unencoded URL template', () => {
    const site = websiteJsonLd(ctx);
    expect(site).toMatchObject({
      '@type': 'WebSite',
      '@id': 'https://example.org/#website',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://example.org/search/?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
  });

  test('a digest is an Article based on the original publication, with its entities', () => {
    const digest = graph.digests.find((d) => d.id === 'herald-border-crisis')!;
    const node = digestJsonLd(digest, { image: '/og/digests/herald-border-crisis.png', lookup }, ctx);
    expect(node).toMatchObject({
      '@type': 'Article',
      '@id': 'https://example.org/digests/herald-border-crisis/',
      headline: digest.data.title,
      description: digest.data.summary,
      image: 'https://example.org/og/digests/herald-border-crisis.png',
      isBasedOn: {
        '@type': 'CreativeWork',
        headline: digest.data.source.headline,
        datePublished: digest.data.source.published,
        publisher: { '@type': 'Organization', name: digest.data.source.outlet },
      },
    });
    const about = (node.about as Array<{ '@id': string; '@type': string }>).map((n) => [n['@type'], n['@id']]);
    expect(about).toContainEqual(['Country', 'https://example.org/countries/freedonia/']);
    // Mentions are bare references, to keep digest pages small.
    expect(node.mentions).toContainEqual({ '@type': 'Person', '@id': 'https://example.org/actors/rufus-firefly/' });
    expect(JSON.stringify(node)).not.toContain('undefined');
  });

  test('entities take the schema.org type they are', () => {
    expect(entitySchemaType('country')).toBe('Country');
    expect(entitySchemaType('topic')).toBe('DefinedTerm');
    expect(entitySchemaType('event')).toBe('Event');
    expect(entitySchemaType('actor', 'person')).toBe('Person');
    expect(entitySchemaType('actor', 'organization')).toBe('Organization');
    expect(entitySchemaType('actor', 'state-body')).toBe('GovernmentOrganization');
  });

  test('an event carries its dates and places; a person their country', () => {
    const event = graph.corpus.event.find((e) => e.id === 'border-crisis')!;
    const node = entityJsonLd(graph.entities.get('border-crisis')!, event.data, { lookup }, ctx);
    expect(node).toMatchObject({ '@type': 'Event', startDate: event.data.date, url: 'https://example.org/events/border-crisis/' });
    expect(node.location).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'Country' })]));
    expect(node).not.toHaveProperty('image');

    const person = graph.corpus.actor.find((a) => a.data.kind === 'person' && a.data.country)!;
    const personNode = entityJsonLd(graph.entities.get(person.id)!, person.data, { lookup }, ctx);
    expect(personNode).toMatchObject({ '@type': 'Person', nationality: { '@type': 'Country' } });
  });
});
