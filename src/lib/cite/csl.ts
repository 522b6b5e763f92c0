/**
 * CSL-JSON descriptions of what a reader can cite here: a digest, or one
 * claim in it. The item describes our page (the site is its author, since
 * digests credit no individual writer); the original publication is named
 * as its source, both in words (`genre`, `note`) and field by field
 * (`original-*`), so a reference manager keeps it apart from the original.
 */
import type { Claim, Digest } from '../schema/index.ts';
import { SITE } from '../seo/site.ts';
import { claimUrl, entryUrl } from '../urls.ts';

/** A CSL date: one to three numbers (year, month, day). */
export interface CslDate {
  'date-parts': [number[]];
}

/** A name kept whole: an organization, or anyone whose name is not to be split. */
export interface CslLiteralName {
  literal: string;
}

/** A CSL name: a person split into parts, or an organization as one literal. */
export type CslName = CslLiteralName | { family: string; given?: string };

/** The CSL-JSON fields this site fills in (a subset of the CSL 1.0 schema). */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  /** The site, which credits no individual writer. */
  author: CslLiteralName[];
  publisher: string;
  'container-title': string;
  issued?: CslDate;
  URL: string;
  /** What the page is, in words: "Digest of …", "Claim by … in …". */
  genre: string;
  /** The same for formats whose readers ignore `genre` (BibTeX, RIS). */
  note: string;
  language: string;
  'original-title': string;
  'original-publisher': string;
  'original-author'?: CslName[];
  'original-date': CslDate;
  /** The original's address, where it can be read. */
  'original-URL'?: string;
}

/** Where the site lives, to make absolute URLs. */
export interface CiteContext {
  site: URL;
}

/** "2022-01-13" → {date-parts: [[2022, 1, 13]]}. */
export function cslDate(value: string): CslDate {
  return { 'date-parts': [value.split('-').map(Number)] };
}

/**
 * Authors as credited are free text ("Rana Mitter", "Li Wei"); a name with
 * a space is split at its last space into given and family names, anything
 * else (a single word, an organization) is kept whole as a literal.
 */
export function cslName(name: string): CslName {
  const at = name.lastIndexOf(' ');
  return at > 0 ? { family: name.slice(at + 1), given: name.slice(0, at) } : { literal: name };
}

type DigestLike = { id: string; data: Digest };

/** The original publication in one phrase: `Associated Press, “Headline,” 2022-01-13`. */
export function sourcePhrase(data: Digest): string {
  const { source } = data;
  const by = source.authors.length ? `${source.authors.join(', ')} (${source.outlet})` : source.outlet;
  return `${by}, “${source.headline}”, ${source.published}${source.publishedApprox ? ' (approximate)' : ''}`;
}

function base(digest: DigestLike): Omit<CslItem, 'id' | 'title' | 'URL' | 'genre' | 'note'> {
  const { data } = digest;
  const { source } = data;
  const item: Omit<CslItem, 'id' | 'title' | 'URL' | 'genre' | 'note'> = {
    type: 'webpage',
    author: [{ literal: SITE.name }],
    publisher: SITE.name,
    'container-title': SITE.name,
    language: SITE.language,
    'original-title': source.headline,
    'original-publisher': source.outlet,
    'original-date': cslDate(source.published),
  };
  if (data.digested) item.issued = cslDate(data.digested);
  if (source.authors.length) item['original-author'] = source.authors.map(cslName);
  if (source.url) item['original-URL'] = source.url;
  return item;
}

/** The citation of a digest page. */
export function digestCsl(digest: DigestLike, ctx: CiteContext): CslItem {
  const description = `Digest of ${sourcePhrase(digest.data)}`;
  return {
    id: digest.id,
    ...base(digest),
    title: digest.data.title,
    URL: new URL(entryUrl('digest', digest.id), ctx.site).href,
    genre: description,
    note: description,
  };
}

/** The CSL id of a claim: "digest-id:claim-id" (also its BibTeX key). */
export function claimCslId(digestId: string, claimId: string): string {
  return `${digestId}:${claimId}`;
}

/** The citation of one claim, pointing at its row on the digest page. */
export function claimCsl(digest: DigestLike, claim: Claim, byName: string, ctx: CiteContext): CslItem {
  const description = `Claim by ${byName}, in the digest “${digest.data.title}” of ${sourcePhrase(digest.data)}`;
  return {
    id: claimCslId(digest.id, claim.id),
    ...base(digest),
    title: claim.text,
    URL: new URL(claimUrl(digest.id, claim.id), ctx.site).href,
    genre: description,
    note: description,
  };
}
