/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, its default settings) on
 * one page of each kind of the built site, served compressed as a host
 * would. Prints each page's four category scores and its layout shift,
 * largest contentful paint and blocking time as a Markdown table; the
 * issue's target is a cumulative layout shift under 0.05 on every page.
 *
 *   npm run build && npm run bench:lighthouse [-- --dist dist]
 *
 * Chromium is found as the browser tests find it (CHROMIUM_PATH, then the
 * usual system paths).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../tests/e2e/setup/browser.ts';
import { loadCorpus, contentRoot } from '../src/lib/corpus-fs.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { entryUrl } from '../src/lib/urls.ts';
import { serveStatic } from './lib/server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run npm run build first`);

/** One page of each kind, chosen from the content the site was built from. */
async function pages(): Promise<Array<[string, string]>> {
  const graph = buildGraph(await loadCorpus(contentRoot()));
  const digest = [...graph.digests].sort((a, b) => b.data.claims.length - a.data.claims.length)[0]!;
  const country = graph.entry('country', 'china') ?? [...graph.entities.values()].find((e) => e.kind === 'country')!;
  const pick = (kind: 'actor' | 'topic' | 'event') => [...graph.entities.values()].find((e) => e.kind === kind)!;
  return [
    ['Home', '/'],
    ['Digest', entryUrl('digest', digest.id)],
    ['Cite page', `${entryUrl('digest', digest.id)}cite/`],
    ['Digests index', '/digests/'],
    ['Country', entryUrl('country', country.id)],
    ['Actor', entryUrl('actor', pick('actor').id)],
    ['Topic', entryUrl('topic', pick('topic').id)],
    ['Event', entryUrl('event', pick('event').id)],
    ['Timeline', '/timeline/'],
    ['Disputes', '/disputes/'],
    ['Search, with a query', '/search/?q=csto'],
  ];
}

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: string[] = [];
try {
  for (const [label, path] of await pages()) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    rows.push(
      `| ${label} | \`${path}\` | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${value('cumulative-layout-shift').toFixed(3)} | ${(value('largest-contentful-paint') / 1000).toFixed(1)} s | ${Math.round(value('total-blocking-time'))} ms |`,
    );
    console.error(rows.at(-1));
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(
  [
    '| page | path | performance | accessibility | best practices | SEO | CLS | LCP | TBT |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
