/**
 * `npm run bench`: generates synthetic corpora, then measures in one run on
 * this machine build time and memory (our site against a stock Astro blog),
 * search latency (our search against Pagefind) and page weight, and writes
 * docs/BENCHMARKS.md and its chart. Options: `npm run bench -- --help`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOnce, emptyTrash, prepareProject, PROJECT_ROOT, type SiteKind } from './build.ts';
import { writeCorpus } from './corpus/write.ts';
import { launchChromium } from '../tests/e2e/setup/browser.ts';
import { describeEnvironment, load } from './lib/environment.ts';
import { type CpuProfile, summarizeProfile } from './lib/profile.ts';
import { serveStatic } from './lib/server.ts';
import { renderReport, writeChart } from './report.ts';
import type { BenchResults, BuildSeries } from './results.ts';
import { indexWithPagefind } from './search/pagefind-index.ts';
import { PAGEFIND_PAGE } from './search/pages.ts';
import { sessionQueries } from './search/queries.ts';
import { runSession, type SearchTarget } from './search/session.ts';
import { measurePageWeights } from './weight.ts';

const HELP = `npm run bench -- [options]
  --sizes 1000,5000,10000     corpus sizes for build benchmarks
  --runs 3                    cold builds per site and size (the median is reported)
  --runs-at 10000=1           fewer (or more) runs at given sizes (default: one at 10,000)
  --search-sizes 1000,10000   corpus sizes for search benchmarks
  --seed 1                    corpus seed
  --gap 100                   milliseconds between keystrokes
  --skip profile,preview      parts to skip: build, profile, preview, search, weight
                              (preview: the real content built again with PREVIEW_IMAGES=all)
  --out docs/BENCHMARKS.md    report path (the chart is written beside it)
  --work DIR                  scratch folder (default: the system temp folder)
  --from results.json         only rewrite the report from an earlier run's results`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '3' },
    // One build per site at 10,000 digests keeps the whole run under 30 minutes on two cores.
    'runs-at': { type: 'string', default: '10000=1' },
    'search-sizes': { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    gap: { type: 'string', default: '100' },
    skip: { type: 'string', default: '' },
    out: { type: 'string', default: 'docs/BENCHMARKS.md' },
    work: { type: 'string' },
    from: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const out = resolve(PROJECT_ROOT, values.out);
// Made now, not after a run of many minutes: the report and its chart are written there last.
await mkdir(dirname(out), { recursive: true });

/** Writes the chart and the report, keeping the report's hand-written analysis. */
async function writeReport(results: BenchResults) {
  const chart = await writeChart(results, out);
  const previous = existsSync(out) ? await readFile(out, 'utf8') : '';
  await writeFile(out, renderReport(results, { chart, previous }));
  return chart;
}

if (values.from) {
  // Re-render the report from a finished run's results.json, e.g. after editing its analysis.
  await writeReport(JSON.parse(await readFile(resolve(values.from), 'utf8')) as BenchResults);
  console.error(`wrote ${out}`);
  process.exit(0);
}

/** Our /search/ page: its box and its result titles (src/pages/search/, src/client/search/). */
const OUR_SEARCH = { input: '[data-search-page] [data-search-input]', results: '[data-search-results] .search-result__title' };

const numbers = (list: string) => list.split(',').filter(Boolean).map(Number);
const sizes = numbers(values.sizes);
const searchSizes = numbers(values['search-sizes']);
const runsAt = new Map(values['runs-at'].split(',').filter(Boolean).map((pair) => pair.split('=').map(Number) as [number, number]));
const runsFor = (size: number) => runsAt.get(size) ?? Number(values.runs);
const skip = new Set(values.skip.split(',').filter(Boolean));
const seed = values.seed;
const work = resolve(values.work ?? join(tmpdir(), 'digest-bench'));

const started = performance.now();
let maxLoad = load();
const log = (message: string) => {
  maxLoad = Math.max(maxLoad, load());
  const s = Math.round((performance.now() - started) / 1000);
  console.error(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${message}`);
};
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const results: BenchResults = {
  env: describeEnvironment(PROJECT_ROOT),
  seed,
  wallMs: 0,
  load: { start: load(), end: 0, max: 0 },
  corpora: [],
  builds: [],
  searchQueries: sessionQueries(seed).length,
  searchGapMs: Number(values.gap),
  search: [],
  pagefindIndex: [],
  weights: [],
  notes: [],
};

await rm(work, { recursive: true, force: true });
await mkdir(join(work, 'logs'), { recursive: true });
await mkdir(join(work, 'dists'), { recursive: true });
log(`scratch folder ${work}; load average ${results.load.start}`);

// Corpora: every size a later step needs.
const corpusDir = (n: number) => join(work, `corpus-${n}`);
for (const n of [...new Set([...sizes, ...searchSizes])].sort((a, b) => a - b)) {
  const t = performance.now();
  const { files, bytes } = await writeCorpus(corpusDir(n), { digests: n, seed });
  results.corpora.push({ digests: n, files, bytes, ms: performance.now() - t });
  log(`corpus of ${n} digests: ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
}

const projects: Record<SiteKind, string> = {
  ours: await prepareProject('ours', work),
  stock: await prepareProject('stock', work),
};
const hasSearchPage = existsSync(join(PROJECT_ROOT, 'src', 'pages', 'search'));
/** Our builds are the default build, a preview card per digest and entity; bench:scale reports one shared card beside it. */
const OUR_ENV = {};
const envFor = (site: SiteKind) => (site === 'ours' ? OUR_ENV : {});

/** Moves a finished build out of the way so the next build does not delete it. */
const keepDist = async (site: SiteKind, label: string) => {
  const target = join(work, 'dists', `${site}-${label}`);
  await rm(target, { recursive: true, force: true });
  await rename(join(projects[site], 'dist'), target);
  return target;
};
const dists = new Map<string, string>();

if (!skip.has('build')) {
  for (const n of sizes) {
    const series: Record<SiteKind, BuildSeries> = { ours: { site: 'ours', digests: n, runs: [] }, stock: { site: 'stock', digests: n, runs: [] } };
    // Alternate the two sites so drift in machine load hits both alike.
    for (let r = 0; r < runsFor(n); r++) {
      for (const site of ['ours', 'stock'] as const) {
        if (series[site].error) continue;
        try {
          const run = await buildOnce(projects[site], corpusDir(n), join(work, 'logs', `build-${site}-${n}-${r + 1}.log`), { env: envFor(site) });
          series[site].runs.push(run);
          log(`${site} ${n}: run ${r + 1} ${secs(run.ms)}, peak ${(run.peakRss / 2 ** 20).toFixed(0)} MiB, ${run.pages} pages`);
        } catch (error) {
          series[site].error = (error as Error).message.split('\n').slice(0, 12).join('\n');
          log(`${site} ${n}: FAILED ${series[site].error}`);
        }
      }
    }
    results.builds.push(series.ours, series.stock);
    if (searchSizes.includes(n) && series.ours.runs.length) dists.set(`ours-${n}`, await keepDist('ours', String(n)));
  }
  const reduced = sizes.filter((n) => runsFor(n) < 3);
  if (reduced.length) results.notes.push(`Fewer than 3 builds per site at ${reduced.map((n) => `${n.toLocaleString('en')} digests (${runsFor(n)})`).join(', ')}, set with --runs and --runs-at.`);
}

if (!skip.has('profile') && sizes.length) {
  const n = sizes[0]!;
  const dir = join(work, 'profile');
  await rm(dir, { recursive: true, force: true });
  try {
    await buildOnce(projects.ours, corpusDir(n), join(work, 'logs', `profile-${n}.log`), { env: OUR_ENV, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
    const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
    // The main thread's profile is the largest.
    const profiles = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as CpuProfile));
    const main = profiles.sort((a, b) => b.samples.length - a.samples.length)[0]!;
    results.profile = { digests: n, summary: summarizeProfile(main) };
    log(`profiled our build at ${n} digests`);
  } catch (error) {
    results.notes.push(`The CPU profile could not be taken: ${(error as Error).message.split('\n')[0]}`);
  }
}

// The real site, for page weight; and once more with a preview image per page,
// to show what PREVIEW_IMAGES=all costs on the content a maintainer builds.
let realDist: string | undefined;
const realContent = join(PROJECT_ROOT, 'content');
if (!skip.has('weight')) {
  try {
    const run = await buildOnce(projects.ours, realContent, join(work, 'logs', 'build-real.log'), { env: { PREVIEW_IMAGES: 'site' } });
    realDist = await keepDist('ours', 'real');
    results.real = { site: run };
    log(`real content: ${secs(run.ms)}, ${run.pages} pages`);
  } catch (error) {
    results.notes.push(`The real content did not build, so page weight is measured on synthetic corpora only: ${(error as Error).message.split('\n')[0]}`);
  }
}
if (!skip.has('preview') && results.real) {
  try {
    const run = await buildOnce(projects.ours, realContent, join(work, 'logs', 'build-real-previews.log'), { env: { PREVIEW_IMAGES: 'all' } });
    results.real.allPreviews = run;
    log(`real content with every preview image: ${secs(run.ms)}, ${run.pages} pages and images`);
  } catch (error) {
    results.notes.push(`The build with every preview image failed: ${(error as Error).message.split('\n')[0]}`);
  }
}

if (!skip.has('search') || !skip.has('weight')) {
  const browser = await launchChromium();
  try {
    if (!skip.has('search')) {
      const queries = sessionQueries(seed);
      if (!hasSearchPage) results.notes.push('Our search page (src/pages/search/) did not exist yet, so only Pagefind was measured.');
      for (const n of searchSizes) {
        let dist = dists.get(`ours-${n}`);
        if (!dist) {
          await buildOnce(projects.ours, corpusDir(n), join(work, 'logs', `build-search-${n}.log`), { env: OUR_ENV });
          dist = await keepDist('ours', String(n));
          dists.set(`ours-${n}`, dist);
        }
        const indexed = await indexWithPagefind(dist);
        results.pagefindIndex.push({ digests: n, ...indexed });
        log(`pagefind indexed ${indexed.pages} pages at ${n} digests in ${secs(indexed.ms)}`);
        const server = await serveStatic(dist, new Map([['/__bench/pagefind/', PAGEFIND_PAGE]]));
        // Both indexes are served as a host that has served them before would: compressed already.
        await server.warm(['search', 'pagefind']);
        try {
          const targets: SearchTarget[] = [
            ...(hasSearchPage && existsSync(join(dist, 'search', 'index.html'))
              ? [{ name: 'ours', url: `${server.url}/search/`, ...OUR_SEARCH }]
              : []),
            { name: 'pagefind', url: `${server.url}/__bench/pagefind/`, input: '#q', results: '[data-search-results] a' },
          ];
          for (const throttle of [1, 4]) {
            for (const target of targets) {
              try {
                const session = await runSession(browser, target, queries, { throttle, gapMs: Number(values.gap), bytesSent: server.bytesSent });
                results.search.push({ digests: n, ...session });
                log(`search ${target.name} ${n} ${throttle}x: p50 ${session.p50.toFixed(1)} ms, p95 ${session.p95.toFixed(1)} ms`);
              } catch (error) {
                results.notes.push(`Search session ${target.name} at ${n} digests, ${throttle}x CPU, failed: ${(error as Error).message.split('\n')[0]}`);
              }
            }
          }
        } finally {
          await server.close();
        }
      }
    }
    if (!skip.has('weight')) {
      const sites: Array<[string, string | undefined]> = [
        ['Real content', realDist],
        [`Synthetic, ${Math.max(...searchSizes).toLocaleString('en')} digests`, dists.get(`ours-${Math.max(...searchSizes)}`)],
      ];
      for (const [site, dist] of sites) {
        if (!dist) continue;
        const server = await serveStatic(dist);
        try {
          results.weights.push({ site, pages: await measurePageWeights(browser, server, dist) });
          log(`page weight measured: ${site}`);
        } finally {
          await server.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

results.wallMs = performance.now() - started;
await emptyTrash(work);
results.load.end = load();
results.load.max = Math.max(maxLoad, results.load.end);
await writeFile(join(work, 'results.json'), JSON.stringify(results, null, 2));
const chart = await writeReport(results);
log(`wrote ${out} and ${chart}; raw results in ${join(work, 'results.json')}; total ${secs(results.wallMs)}`);
