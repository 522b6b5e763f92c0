/**
 * Page weight: what a reader's browser downloads to show each kind of page,
 * before any interaction, split into HTML, CSS, JS and other bytes (gzip for
 * text, as served by bench/lib/server.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { StaticServer } from './lib/server.ts';

export interface PageWeight {
  label: string;
  path: string;
  /** HTML as stored, before compression. */
  htmlRaw: number;
  html: number;
  css: number;
  js: number;
  other: number;
  /** Number of JavaScript files loaded before any interaction. */
  jsFiles: number;
  /** JavaScript inside the HTML's <script> elements, before compression (JSON-LD excluded). */
  inlineJs: number;
}

/** Bytes of executable script written inline in an HTML page. */
export function inlineScriptBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]!)?.[1]?.toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript' && type !== 'application/javascript') continue;
    total += Buffer.byteLength(m[2]!);
  }
  return total;
}

/** The kinds of page measured, and where to find an example of each in a build. */
export const PAGE_KINDS: ReadonlyArray<{ label: string; path?: string; folder?: string }> = [
  { label: 'Home', path: '/' },
  { label: 'Digests index', path: '/digests/' },
  { label: 'Digest (median size)', folder: 'digests' },
  { label: 'Country (median size)', folder: 'countries' },
  { label: 'Actor (median size)', folder: 'actors' },
  { label: 'Topic (median size)', folder: 'topics' },
  { label: 'Event (median size)', folder: 'events' },
  { label: 'Timeline', path: '/timeline/' },
  { label: 'Disputes index', path: '/disputes/' },
  { label: 'Dispute (median size)', folder: 'disputes' },
  { label: 'About', path: '/about/' },
  { label: 'Search', path: '/search/' },
];

const exists = (path: string) => stat(path).then(() => true, () => false);

/** The page in `dist/<folder>/*` whose HTML is of median size: a typical one, not the smallest. */
async function medianPage(dist: string, folder: string): Promise<string | undefined> {
  const dir = join(dist, folder);
  if (!(await exists(dir))) return undefined;
  const entries = await readdir(dir, { withFileTypes: true });
  const sized: Array<[string, number]> = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const file = join(dir, e.name, 'index.html');
    if (await exists(file)) sized.push([`/${folder}/${e.name}/`, (await stat(file)).size]);
  }
  if (!sized.length) return undefined;
  sized.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return sized[sized.length >> 1]![0];
}

/** Loads each kind of page once and sums what was downloaded until the network went quiet. */
export async function measurePageWeights(browser: Browser, server: StaticServer, dist: string): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const kind of PAGE_KINDS) {
    const path = kind.path ?? (await medianPage(dist, kind.folder!));
    if (!path || !(await exists(join(dist, path, 'index.html')))) continue;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      server.takeLog();
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const served = server.takeLog().filter((f) => !f.path.startsWith('/favicon'));
      const sum = (test: (type: string) => boolean) => served.filter((f) => test(f.type)).reduce((s, f) => s + f.bytes, 0);
      const isJs = (t: string) => t.includes('javascript');
      const file = join(dist, path, 'index.html');
      weights.push({
        label: kind.label,
        path,
        htmlRaw: (await stat(file)).size,
        inlineJs: inlineScriptBytes(await readFile(file, 'utf8')),
        html: sum((t) => t.startsWith('text/html')),
        css: sum((t) => t.startsWith('text/css')),
        js: sum(isJs),
        other: sum((t) => !t.startsWith('text/html') && !t.startsWith('text/css') && !isJs(t)),
        jsFiles: served.filter((f) => isJs(f.type)).length,
      });
    } finally {
      await context.close();
    }
  }
  return weights;
}
