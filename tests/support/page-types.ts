/**
 * One page of each type on the built site: for every kind in the table of
 * kinds its index and one entry, and the pages that are not kinds. A type
 * with no built page is an error, not a silent gap in the suites that use
 * this list (axe, CSP, focus).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_NAMES, KINDS } from '../../src/lib/kinds.ts';
import { entryUrl, kindIndexUrl } from '../../src/lib/urls.ts';
import { ENTITY_LISTS } from '../../src/lib/views/pagination.ts';
import { DIST } from './built-site.ts';

const hasPage = (root: string, path: string) => existsSync(join(root, path, 'index.html'));

/** The first entry page of a kind, by folder name (numbered folders are pages of a list, not entries). */
function firstEntryPath(root: string, collection: string): string | undefined {
  const folder = join(root, collection);
  if (!existsSync(folder)) return undefined;
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !/^\d+$/.test(e.name) && existsSync(join(folder, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0];
}

/** [page type, site path] for every kind of page the site has. */
export function pageTypes(root = DIST): Array<[string, string]> {
  const pages: Array<[string, string]> = [['home', '/']];
  for (const kind of KIND_NAMES) {
    const { collection, one, many } = KINDS[kind];
    pages.push([`${many.toLowerCase()} index`, kindIndexUrl(kind)]);
    const id = firstEntryPath(root, collection);
    if (id === undefined) throw new Error(`no ${one.toLowerCase()} page was built under /${collection}/`);
    pages.push([one.toLowerCase(), entryUrl(kind, id)]);
  }
  const digest = pages.find(([type]) => type === 'digest')?.[1];
  if (digest) pages.push(['digest cite page', `${digest}cite/`]);
  pages.push(['timeline', '/timeline/'], ['about', '/about/'], ['search', '/search/?q=kazakhstan']);
  // Later pages of long lists exist only when the content is large enough (tests/e2e/pagination.test.ts builds such a site).
  const later = (type: string, paths: string[]) => {
    const path = paths.find((p) => hasPage(root, p));
    if (path) pages.push([type, path]);
  };
  later('digests, page 2', ['/digests/2/']);
  later('disputes, page 2', ['/disputes/2/']);
  const entity = KIND_NAMES.filter((kind) => KINDS[kind].entity && existsSync(join(root, KINDS[kind].collection))).flatMap((kind) =>
    readdirSync(join(root, KINDS[kind].collection)).flatMap((id) => ENTITY_LISTS.map((list) => `${entryUrl(kind, id)}${list}/2/`)),
  );
  later('entity list, page 2', entity);
  const missing = pages.filter(([, path]) => !hasPage(root, path.split('?')[0]!));
  if (missing.length) throw new Error(`pages not built: ${missing.map(([type, path]) => `${type} (${path})`).join(', ')}`);
  return pages;
}
