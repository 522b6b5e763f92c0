/**
 * Writes docs/BENCHMARKS.md from one run's results. Tables and the chart are
 * regenerated every run; the hand-written analysis between the
 * `analysis:start` and `analysis:end` comments is carried over.
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { lineCharts } from './chart.ts';
import { packageOf, type ProfileRow } from './lib/profile.ts';
import { linearFit, median } from './lib/stats.ts';
import type { BenchResults, BuildSeries } from './results.ts';

export const CHART_FILE = 'benchmarks-build-time.svg';
const ANALYSIS = /<!-- analysis:start -->[\s\S]*?<!-- analysis:end -->/;
const DEFAULT_ANALYSIS = `<!-- analysis:start -->
_No analysis written yet._
<!-- analysis:end -->`;

const MiB = 2 ** 20;
const n = (x: number) => x.toLocaleString('en');
const s = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');
const mb = (bytes: number) => (Number.isFinite(bytes) ? `${n(Math.round(bytes / MiB))} MiB` : '–');
const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
const msf = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(1)} ms` : '–');
const yes = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? '**yes**' : '**no**');
/** A Markdown table; columns whose every cell is a figure are right-aligned. */
export const table = (head: readonly string[], rows: ReadonlyArray<readonly string[]>) => {
  const figure = /^-?[\d–.,]|^$/;
  const align = head.map((_, i) => (i > 0 && rows.length > 0 && rows.every((r) => figure.test(r[i] ?? '')) ? '---:' : '---'));
  return [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
};

/** Median build time and peak memory of a series. */
export function seriesStats(series: BuildSeries | undefined) {
  if (!series?.runs.length) return undefined;
  const pick = (f: (r: BuildSeries['runs'][number]) => number | undefined) => median(series.runs.map(f).filter((v): v is number => v !== undefined));
  return {
    ms: median(series.runs.map((r) => r.ms)),
    peakRss: Math.max(...series.runs.map((r) => r.peakRss)),
    pages: series.runs[0]!.pages,
    sync: pick((r) => r.phases.sync),
    bundle: pick((r) => r.phases.bundle),
    render: pick((r) => r.phases.render),
    runs: series.runs.length,
  };
}

/** Slope (ms per 1,000 digests), fit and marginal costs of one site's build times. */
export function scaling(results: BenchResults, site: 'ours' | 'stock') {
  const points = results.builds
    .filter((b) => b.site === site)
    .map((b) => [b.digests / 1000, seriesStats(b)?.ms] as const)
    .filter((p): p is readonly [number, number] => p[1] !== undefined)
    .sort((a, b) => a[0] - b[0]);
  const fit = linearFit(points);
  const segments = points.slice(1).map((p, i) => ({ from: points[i]![0] * 1000, to: p[0] * 1000, msPer1k: (p[1] - points[i]![1]) / (p[0] - points[i]![0]) }));
  return { points, ...fit, segments };
}

/** Writes the chart beside the report and returns its file name. */
export async function writeChart(results: BenchResults, reportPath: string): Promise<string> {
  const series = (site: 'ours' | 'stock', f: (st: NonNullable<ReturnType<typeof seriesStats>>) => number) =>
    results.builds
      .filter((b) => b.site === site)
      .flatMap((b) => {
        const st = seriesStats(b);
        return st ? [[b.digests, f(st)] as const] : [];
      });
  const names = { ours: 'This site', stock: 'Stock Astro blog' };
  const svg = lineCharts(
    'Build time and peak memory against corpus size',
    `Median cold build time in seconds and peak resident memory in MiB for this site and a stock Astro blog built from the same synthetic digests, at ${results.builds.filter((b) => b.site === 'ours').map((b) => n(b.digests)).join(', ')} digests.`,
    [
      { title: 'Build time (median, s)', xLabel: 'Digests', yLabel: 'Seconds', formatX: (x) => `${x / 1000}k`, series: (['ours', 'stock'] as const).map((site) => ({ name: names[site], points: series(site, (st) => st.ms / 1000) })) },
      { title: 'Peak memory (process tree, MiB)', xLabel: 'Digests', yLabel: 'MiB', formatX: (x) => `${x / 1000}k`, series: (['ours', 'stock'] as const).map((site) => ({ name: names[site], points: series(site, (st) => st.peakRss / MiB) })) },
    ],
  );
  const file = join(dirname(reportPath), CHART_FILE);
  await writeFile(file, svg);
  return basename(file);
}

function targets(r: BenchResults): string {
  const ours = scaling(r, 'ours');
  const stock = scaling(r, 'stock');
  const ratio = ours.slope / stock.slope;
  const largest = Math.max(...r.builds.map((b) => b.digests));
  const largestOurs = r.builds.find((b) => b.site === 'ours' && b.digests === largest);
  const seg = ours.segments;
  const linear = seg.length >= 2 ? seg[seg.length - 1]!.msPer1k / seg[0]!.msPer1k : undefined;
  const searchAt = Math.max(0, ...r.search.map((x) => x.digests));
  const ourSearch = r.search.find((x) => x.target === 'ours' && x.digests === searchAt && x.throttle === 1);
  const pagefind = r.search.find((x) => x.target === 'pagefind' && x.digests === searchAt && x.throttle === 1);
  const real = r.weights[0]?.pages.find((p) => p.label.startsWith('Digest ('));
  const rows: string[][] = [
    [
      'Build time per 1,000 digests ≤ 1.5× the stock blog (aim 1.0×)',
      Number.isFinite(ratio) ? `${ratio.toFixed(2)}× (${s(ours.slope)} against ${s(stock.slope)} per 1,000 digests)` : 'not measured',
      yes(Number.isFinite(ratio) ? ratio <= 1.5 : undefined),
    ],
    [
      `Close to linear up to ${n(largest)} digests within the default Node heap (${n(r.env.heapLimitMb)} MiB)`,
      largestOurs?.error
        ? `failed at ${n(largest)}: ${largestOurs.error.split('\n')[0]}`
        : linear !== undefined
          ? `R² ${ours.r2.toFixed(4)}; cost per 1,000 digests ${seg.map((x) => `${s(x.msPer1k)} from ${n(x.from)} to ${n(x.to)}`).join(', ')}`
          : 'not measured',
      yes(largestOurs?.error ? false : linear !== undefined ? linear <= 1.25 && ours.r2 >= 0.98 : undefined),
    ],
    [
      `Search p95 under 50 ms at ${n(searchAt)} digests`,
      ourSearch ? `${msf(ourSearch.p95)} (4× CPU: ${msf(r.search.find((x) => x.target === 'ours' && x.digests === searchAt && x.throttle === 4)?.p95 ?? NaN)})` : 'not measured (our search page did not exist)',
      yes(ourSearch ? ourSearch.p95 < 50 : undefined),
    ],
    [
      'Search faster than Pagefind on the same typing session',
      ourSearch && pagefind ? `p95 ${msf(ourSearch.p95)} against ${msf(pagefind.p95)}` : pagefind ? `Pagefind p95 ${msf(pagefind.p95)}; ours not measured` : 'not measured',
      yes(ourSearch && pagefind ? ourSearch.p95 < pagefind.p95 : undefined),
    ],
    [
      'Digest page HTML + CSS under 15 KB gzip',
      real ? `${kb(real.html + real.css)} (${kb(real.html)} HTML + ${kb(real.css)} CSS, ${real.path})` : 'not measured',
      yes(real ? real.html + real.css < 15 * 1024 : undefined),
    ],
    [
      'Zero JS on a digest page before search',
      real ? `${real.jsFiles} script files; ${kb(real.inlineJs)} of inline script before compression` : 'not measured',
      real ? (real.js === 0 && real.inlineJs === 0 ? '**yes**' : real.js === 0 ? '**partly**: no script file, but inline script' : '**no**') : 'not measured',
    ],
  ];
  return table(['Target', 'Measured', 'Met'], rows);
}

function builds(r: BenchResults): string {
  const sizes = [...new Set(r.builds.map((b) => b.digests))].sort((a, b) => a - b);
  const rows = sizes.map((size) => {
    const o = r.builds.find((b) => b.site === 'ours' && b.digests === size);
    const k = r.builds.find((b) => b.site === 'stock' && b.digests === size);
    const os = seriesStats(o);
    const ks = seriesStats(k);
    return [
      n(size),
      os ? `${s(os.ms)} (${os.runs})` : `failed: ${o?.error?.split('\n')[0] ?? '–'}`,
      ks ? `${s(ks.ms)} (${ks.runs})` : `failed: ${k?.error?.split('\n')[0] ?? '–'}`,
      os && ks ? `${(os.ms / ks.ms).toFixed(2)}×` : '–',
      os ? mb(os.peakRss) : '–',
      ks ? mb(ks.peakRss) : '–',
      `${os ? n(os.pages) : '–'} / ${ks ? n(ks.pages) : '–'}`,
    ];
  });
  const ours = scaling(r, 'ours');
  const stock = scaling(r, 'stock');
  const slopeRows = [
    ['This site', s(ours.slope), s(ours.intercept), ours.r2.toFixed(4), ours.segments.map((x) => `${s(x.msPer1k)} (${n(x.from)}→${n(x.to)})`).join(', ')],
    ['Stock Astro blog', s(stock.slope), s(stock.intercept), stock.r2.toFixed(4), stock.segments.map((x) => `${s(x.msPer1k)} (${n(x.from)}→${n(x.to)})`).join(', ')],
  ];
  const phaseRows = sizes.flatMap((size) =>
    (['ours', 'stock'] as const).map((site) => {
      const st = seriesStats(r.builds.find((b) => b.site === site && b.digests === size));
      const sec = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : `${v.toFixed(1)} s`);
      return [n(size), site === 'ours' ? 'This site' : 'Stock blog', sec(st?.sync), sec(st?.bundle), sec(st?.render)];
    }),
  );
  return [
    table(['Digests', 'This site (median, runs)', 'Stock blog (median, runs)', 'Ours / stock', 'Peak memory, ours', 'Peak memory, stock', 'Pages ours / stock'], rows),
    '',
    'Slope of build time against corpus size (least squares over the medians), the fixed cost it implies, and the cost of each further 1,000 digests between measured sizes:',
    '',
    table(['Site', 'Per 1,000 digests', 'Fixed cost', 'R²', 'Marginal cost per 1,000'], slopeRows),
    '',
    "Where the time goes, from Astro's own log (medians): content sync (loading, parsing and rendering the Markdown), bundling, and generating the static pages.",
    '',
    table(['Digests', 'Site', 'Content sync', 'Bundle', 'Pages'], phaseRows),
  ].join('\n');
}

/** Any absolute file path in a profile row, named the way packageOf names it. */
export const withoutPaths = (name: string) => name.replace(/(^|[\s(])(\/[^\s()]+)/g, (_, before: string, path: string) => before + packageOf(`file://${path}`));

function profile(r: BenchResults): string {
  if (!r.profile) return '';
  const p = r.profile.summary;
  const row = (x: ProfileRow) => [withoutPaths(x.name), `${(x.ms / 1000).toFixed(1)} s`, `${(x.share * 100).toFixed(1)} %`];
  const rows = p.byPackage.map(row);
  const fns = p.byFunction.slice(0, 12).map(row);
  return [
    `### CPU profile of our build at ${n(r.profile.digests)} digests`,
    '',
    `\`node --cpu-prof\` on the build's main thread: ${s(p.totalMs)} of samples, self time by package and by function.`,
    '',
    table(['Package or file', 'Self time', 'Share'], rows),
    '',
    table(['Function', 'Self time', 'Share'], fns),
  ].join('\n');
}

function search(r: BenchResults): string {
  if (!r.search.length) return '_Not measured in this run._';
  const rows = r.search.map((x) => [
    n(x.digests),
    x.target === 'ours' ? 'This site' : 'Pagefind',
    `${x.throttle}×`,
    msf(x.p50),
    msf(x.p95),
    msf(x.max),
    msf(x.frameP95),
    `${x.keystrokes} (${x.unpainted})`,
    `${x.longTasks.count} / ${msf(x.longTasks.maxMs)}`,
    kb(x.bytes.firstResult),
    kb(x.bytes.total),
    `${x.top1.hits}/${x.top1.of}`,
  ]);
  const index = r.pagefindIndex.map((x) => [n(x.digests), n(x.pages), s(x.ms), kb(x.bytes)]);
  return [
    table(['Digests', 'Search', 'CPU', 'p50', 'p95', 'Max', 'p95, frame done', 'Keystrokes (not painted)', 'Long tasks while typing (count / longest)', 'Bytes before first result', 'Bytes, whole session', 'Top result right'], rows),
    '',
    'Pagefind indexing the same built site:',
    '',
    table(['Digests', 'Pages indexed', 'Time', 'Index on disk'], index),
  ].join('\n');
}

function weights(r: BenchResults): string {
  if (!r.weights.length) return '_Not measured in this run._';
  return r.weights
    .map((w) =>
      [
        `### ${w.site}`,
        '',
        table(
          ['Page', 'Path', 'HTML (raw)', 'HTML', 'CSS', 'JS files', 'Inline JS (raw)', 'Other', 'HTML + CSS'],
          w.pages.map((p) => [p.label, `\`${p.path}\``, kb(p.htmlRaw), kb(p.html), kb(p.css), p.js ? `${kb(p.js)} (${p.jsFiles})` : '0', kb(p.inlineJs), kb(p.other), kb(p.html + p.css)]),
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

function previewText(real: NonNullable<BenchResults['real']>): string {
  const base = `The real content (\`content/\`, ${n(real.site.pages)} pages) builds in ${s(real.site.ms)} with \`PREVIEW_IMAGES=site\``;
  const all = real.allPreviews;
  if (!all) return `${base}.`;
  // Older results carry no image count; the log lists one PNG per card plus the site card.
  const images = (all.images ?? 0) - (real.site.images ?? 0);
  const perImage = images > 0 ? (all.ms - real.site.ms) / images : Number.NaN;
  return `${base}, and in ${s(all.ms)} (${(all.ms / real.site.ms).toFixed(2)}×, peak memory ${mb(all.peakRss)}) when every digest and entity gets its own preview image (\`PREVIEW_IMAGES=all\`, the default)${
    images > 0 ? `: ${n(images)} images at about ${perImage.toFixed(1)} ms each, which at 10,000 digests and the synthetic registry (about 10,400 images) would add roughly ${Math.round((perImage * 10400) / 1000)} s to a build` : ''
  }.`;
}

/** The whole report. `previous` is the current file, whose analysis section is kept. */
export function renderReport(r: BenchResults, options: { chart: string; previous: string }): string {
  const analysis = ANALYSIS.exec(options.previous)?.[0] ?? DEFAULT_ANALYSIS;
  const e = r.env;
  const corpora = r.corpora.map((c) => [n(c.digests), n(c.files), `${(c.bytes / 1e6).toFixed(1)} MB`, s(c.ms)]);
  const real = r.real;
  return `# Benchmarks

How fast the site builds and searches as the corpus grows, measured against
what a maintainer or reader would pick instead: a stock Astro blog built from
the same Markdown, and Pagefind searching the same built site. Everything but
the Analysis section is written by \`npm run bench\`, which keeps that section
when it rewrites this file; the figures come from one run on the machine
described.

## Running them

\`\`\`sh
npm run bench                                       # everything; writes this file and ${options.chart}
npm run bench -- --sizes 1000 --search-sizes 1000   # a quick pass
npm run bench -- --help                             # all options
npm run bench:corpus -- --digests 5000 --seed 1     # just a corpus; prints its folder
CONTENT_DIR=<that folder> npm run build            # build the site from it
\`\`\`

- **Corpus.** \`bench:corpus\` writes a synthetic content tree (folders digests,
  countries, actors, topics, events, disputes, like \`content/\`): a registry of
  about 400 invented entities with aliases in Latin, Cyrillic and Chinese
  script, and digests of 500–950 words (median about 700) with 3–8 claims, corrections, entity
  links and some disputes between digests. The same seed gives byte-identical
  files, and a smaller corpus is the start of a larger one. It passes
  \`node src/cli/check.ts --content <folder>\`.
- **Builds.** \`CONTENT_DIR\` points the build (and \`npm run check\`) at another
  content tree. Each build is cold: output, content store and Astro's cache are
  deleted first. Both sites are copied into a scratch folder that links to
  this project's node_modules. Our builds are the default build, with a
  preview card per digest and entity; \`npm run bench:scale\` reports each size
  with \`PREVIEW_IMAGES=site\` (one card shared by every page) beside it, and
  the real content is measured both ways below. Our builds run Node as
  \`npm run build\` does, with the project's \`.npmrc\` node-options (a 64 MB
  young generation); the stock blog with Node's defaults. No build raises
  Node's heap limit. Peak memory is the largest sum of resident memory over the
  build's whole process tree, sampled every 50 ms.
- **Stock blog.** [bench/stock-blog](../bench/stock-blog): Astro's \`glob()\`
  loader over the same digest files and Astro's default Markdown rendering, an
  index page listing every post and one page per post. It renders \`[[id]]\`
  links as plain text and builds no entity, timeline or dispute pages, so it
  does less work by design: it is the floor a maintainer would compare with.
- **Search.** Headless Chromium types a scripted session of
  ${r.searchQueries} queries one character at a time (names in Latin, Cyrillic and Chinese
  script, acronyms, topics, plain words and a typo) with a ${r.searchGapMs ?? 100} ms pause between
  keystrokes, clearing the box after each query. A keystroke's latency runs
  from the browser's input event to the \`search:painted\` mark the page sets
  once that query's results are on screen; keystrokes whose own results are
  never painted (superseded by the next one) are counted apart. The page sets
  the mark in the animation frame that paints the results; "p95, frame done"
  runs to the end of that frame's style, layout and paint. Pagefind runs
  through its JavaScript API on a page the benchmark serves, loading the first
  ten results' titles and excerpts, with no debounce. Throttled runs slow the
  CPU 4× through the DevTools protocol. Bytes are response bodies sent by the
  benchmark's server, gzip-compressed where compressible, as a production host
  would; they include requests made by workers.
- **Page weight.** Each kind of page loaded once in Chromium until the network
  is idle, with no interaction; the median-sized page of each kind.

## Machine and run

| | |
| --- | --- |
| Date | ${e.date} |
| CPU | ${e.cpu}, ${e.cores} cores |
| Memory | ${e.memoryGb} GB |
| Node | ${e.node}, default heap limit ${n(e.heapLimitMb)} MiB |
| Astro / Pagefind | ${e.astro} / ${e.pagefind} |
| Browser | ${e.chromium} |
| Corpus seed | ${r.seed} |
| Whole run | ${(r.wallMs / 60000).toFixed(1)} minutes |
| Load average (1 min) | ${r.load.start} at start, ${r.load.end} at end, ${r.load.max} at most |

${table(['Corpus', 'Files', 'Size', 'Generated in'], corpora)}

## Targets

${targets(r)}

## Analysis

${analysis}

## Build time and memory

![${'Build time and peak memory against corpus size for this site and a stock Astro blog'}](${options.chart})

${builds(r)}

${real ? previewText(real) : ''}

${profile(r)}

## Search

${search(r)}

## Page weight

Bytes a browser downloads to show each page, gzip-compressed except for the
raw columns. "Inline JS" is script written into the HTML itself (it is
included in the HTML bytes); "JS files" are scripts fetched before any
interaction.

${weights(r)}
${r.notes.length ? `\n## Notes\n\n${r.notes.map((x) => `- ${x}`).join('\n')}\n` : ''}`;
}
