/**
 * Structured data (schema.org JSON-LD) for every page, and the one safe way
 * to put it into HTML.
 */
import type { Entry } from '../corpus.ts';
import type { EntityRecord } from '../graph.ts';
import { type EntityKind, KINDS } from '../kinds.ts';
import { entryUrl, kindIndexUrl } from '../urls.ts';
import { SITE } from './site.ts';

/** A schema.org node. */
export type JsonLd = { '@type': string } & Record<string, unknown>;

/**
 * JSON for a `<script type="application/ld+json">` element. Escaping `<`, `>`
 * and `&` as \u escapes means no content can close the element (`</script>`)
 * or open a comment (`<!--`) that changes how the HTML parser reads the rest
 * of the page; U+2028/2029 are escaped for consumers that still treat the
 * text as JavaScript. The result parses back to exactly the same value.
 */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('JSON-LD must be a JSON value');
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What every builder needs to know about the site. */
export interface SiteContext {
  /** The site's origin and base, e.g. https://example.org/. */
  site: URL;
  name: string;
  description: string;
}

const CONTEXT = 'https://schema.org';

const absolute = (path: string, { site }: Pick<SiteContext, 'site'>) => new URL(path, site).href;

/** The stable identifier of the site node, so every page can point to it. */
export const websiteId = (ctx: Pick<SiteContext, 'site'>) => `${absolute('/', ctx)}#website`;

/** The site itself, with the search action that lets search engines offer a search box. */
export function websiteJsonLd(ctx: SiteContext): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': websiteId(ctx),
    url: absolute('/', ctx),
    name: ctx.name,
    description: ctx.description,
    inLanguage: SITE.language,
    potentialAction: {
      '@type': 'SearchAction',
      // Built by hand: URL() would percent-encode the braces of the template.
      target: { '@type': 'EntryPoint', urlTemplate: `${absolute('/search/', ctx)}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A page that is not about one entry: an index, the timeline, the about page. */
export function webPageJsonLd(page: { path: string; title: string; description: string }, ctx: SiteContext): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    '@id': absolute(page.path, ctx),
    url: absolute(page.path, ctx),
    name: page.title,
    description: page.description,
    inLanguage: SITE.language,
    isPartOf: { '@id': websiteId(ctx) },
  };
}

/** The schema.org type of an entity: the kind's, refined for actors by what kind of actor they are. */
export function entitySchemaType(kind: EntityKind, actorKind?: string): string {
  if (kind === 'actor' && actorKind === 'person') return 'Person';
  if (kind === 'actor' && actorKind === 'state-body') return 'GovernmentOrganization';
  return KINDS[kind].schemaOrg;
}

/** Looks an entity up with the details its schema.org reference needs. */
export type EntityLookup = (id: string) => { record: EntityRecord; actorKind?: string } | undefined;

/**
 * A short reference to an entity's own node: its page URL is its @id, so
 * the reference carries no separate url, and a bare reference not even its
 * name. Digest pages list dozens of these and every byte counts against the
 * page budget.
 */
function entityRef(id: string, lookup: EntityLookup, ctx: SiteContext, { named = true } = {}): JsonLd | undefined {
  const found = lookup(id);
  if (!found) return undefined;
  const ref: JsonLd = { '@type': entitySchemaType(found.record.kind, found.actorKind), '@id': absolute(found.record.url, ctx) };
  if (named) ref.name = found.record.name;
  return ref;
}

function refs(ids: readonly string[], lookup: EntityLookup, ctx: SiteContext, options?: { named?: boolean }): JsonLd[] {
  return ids.flatMap((id) => entityRef(id, lookup, ctx, options) ?? []);
}

/** Drops keys whose value is undefined or an empty list, so nodes carry only what is known. */
function compact(node: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as JsonLd;
}

/**
 * A digest as an Article based on the original publication (`isBasedOn`).
 * The digest itself carries no date of its own; the original's date is given
 * on the work it is based on.
 */
export function digestJsonLd(
  digest: Pick<Entry<'digest'>, 'id' | 'data'>,
  { image, lookup }: { image?: string | undefined; lookup: EntityLookup },
  ctx: SiteContext,
): JsonLd {
  const { data } = digest;
  const url = absolute(entryUrl('digest', digest.id), ctx);
  const source = data.source;
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': url,
    url,
    headline: data.title,
    description: data.summary,
    image: image === undefined ? undefined : absolute(image, ctx),
    inLanguage: SITE.language,
    isPartOf: { '@id': websiteId(ctx) },
    publisher: { '@type': 'Organization', name: ctx.name, url: absolute('/', ctx) },
    // What the digest is about is named; what it merely mentions is referenced by @id.
    about: refs([...data.countries, ...data.topics], lookup, ctx),
    mentions: refs([...data.actors, ...data.events], lookup, ctx, { named: false }),
    isBasedOn: compact({
      '@type': 'CreativeWork',
      headline: source.headline,
      datePublished: source.published,
      publisher: { '@type': 'Organization', name: source.outlet },
      author: source.authors.map((name) => ({ '@type': 'Person', name })),
      url: source.url,
    }),
  });
}

/** The front matter of any entity. */
export type EntityData = Entry<'country'>['data'] | Entry<'actor'>['data'] | Entry<'topic'>['data'] | Entry<'event'>['data'];

/** An entity as the schema.org thing it is: Country, Person, Organization, DefinedTerm or Event. */
export function entityJsonLd(
  record: EntityRecord,
  data: EntityData,
  { image, lookup }: { image?: string | undefined; lookup: EntityLookup },
  ctx: SiteContext,
): JsonLd {
  const url = absolute(record.url, ctx);
  const actorKind = 'kind' in data ? data.kind : undefined;
  const node: JsonLd = {
    '@context': CONTEXT,
    '@type': entitySchemaType(record.kind, actorKind),
    '@id': url,
    url,
    name: record.name,
    alternateName: record.aliases,
    description: record.summary,
    image: image === undefined ? undefined : absolute(image, ctx),
  };
  if (record.kind === 'topic') {
    node.inDefinedTermSet = { '@type': 'DefinedTermSet', name: KINDS.topic.many, url: absolute(kindIndexUrl('topic'), ctx) };
  }
  if ('date' in data) {
    node.startDate = data.date;
    node.endDate = data.end;
    node.location = refs(data.countries, lookup, ctx);
    node.about = refs([...data.topics, ...data.actors], lookup, ctx);
  }
  if ('kind' in data) {
    node.memberOf = refs(
      data.memberships.map((m) => m.org),
      lookup,
      ctx,
    );
    if (data.country) {
      const country = entityRef(data.country, lookup, ctx);
      if (actorKind === 'person') node.nationality = country;
      else node.location = country;
    }
  }
  return compact(node);
}
