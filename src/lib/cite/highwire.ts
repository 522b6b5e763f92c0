/**
 * Highwire Press `citation_*` meta tags for a digest page, the tags Zotero's
 * embedded-metadata reader and Google Scholar look for. They describe our
 * digest: the site stands as its author (digests credit no individual
 * writer), and the date is when the digest was written or last revised.
 * The original publication is named in the description and the citation
 * files, not here, so a reference manager does not save the original's
 * headline as the title of our page.
 */
import type { Digest } from '../schema/index.ts';
import { SITE } from '../seo/site.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** "2026-11-23" → "2026/11/23", the date form Highwire tags use. */
export function highwireDate(value: string): string {
  return value.replaceAll('-', '/');
}

/** The tags for a digest page at `url` (absolute). */
export function highwireTags(data: Digest, url: string): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'citation_title', content: data.title },
    { name: 'citation_author', content: SITE.name },
  ];
  if (data.digested) tags.push({ name: 'citation_publication_date', content: highwireDate(data.digested) });
  tags.push(
    { name: 'citation_publisher', content: SITE.name },
    { name: 'citation_public_url', content: url },
  );
  return tags;
}
