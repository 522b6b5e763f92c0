/** Reads a build output folder (dist/) for the post-build checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readPage, type BuiltSite } from './link-check.ts';

/** The build the e2e checks look at: dist/, or DIST_DIR when a build was written elsewhere. */
export const DIST = resolve(process.env.DIST_DIR || 'dist');

/** Every file under `root`, as forward-slash paths relative to it. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The HTML pages of a build (file paths). */
export function htmlFiles(root = DIST): string[] {
  return listFiles(root).filter((f) => f.endsWith('.html'));
}

/** The site's origin, read from the home page's canonical link so it follows whatever SITE_URL the build used. */
export function siteOrigin(root = DIST): string {
  const { canonical } = readPage(readFileSync(join(root, 'index.html'), 'utf8'));
  if (!canonical) throw new Error('the home page has no canonical link to learn the site origin from');
  return new URL(canonical).origin;
}

/** The build as the link checker reads it. */
export function loadBuiltSite(root = DIST): BuiltSite {
  const files = listFiles(root);
  const pages = new Map(
    files.filter((f) => f.endsWith('.html')).map((f) => [f, readPage(readFileSync(join(root, f), 'utf8'))] as const),
  );
  return { origin: siteOrigin(root), files: new Set(files), pages };
}
