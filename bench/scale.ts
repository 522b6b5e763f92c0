/**
 * `npm run bench:scale -- --sizes 1000,10000`: how the build grows, on the
 * real content with its digests cloned to N and on the synthetic corpus.
 * For each corpus and size: a cold default build (a preview image per page),
 * a cold build without per-page images, the stock Astro blog over the same
 * files, a rebuild with nothing changed and a rebuild after editing one
 * digest, the largest HTML page and peak memory. Prints a Markdown table;
 * docs/BENCHMARKS.md quotes it.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOnce, emptyTrash, prepareProject, PROJECT_ROOT, type BuildRun } from './build.ts';
import { writeClonedCorpus } from './corpus/clone-real.ts';
import { writeCorpus } from './corpus/write.ts';

const HELP = `npm run bench:scale -- [options]

  --sizes 1000,10000        corpus sizes, in digests
  --corpora real,synthetic  the real digests cloned to each size, the synthetic corpus, or both
  --skip stock,site-image   leave out the stock blog's build or the one-shared-card build
  --work <folder>           where projects, corpora and builds go (default: a folder in the system's temp folder)
  --help                    this text

Prints a Markdown table of each corpus and size to standard output; progress goes to standard error.`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    corpora: { type: 'string', default: 'real,synthetic' },
    work: { type: 'string' },
    skip: { type: 'string', default: '' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const sizes = values.sizes.split(',').map(Number);
const corpora = values.corpora.split(',') as Array<'real' | 'synthetic'>;
const skip = new Set(values.skip.split(',').filter(Boolean));
const work = resolve(values.work ?? join(tmpdir(), 'digest-bench-scale'));
const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

/** The largest .html file under `dir`, in bytes, and its path. */
async function largestPage(dir: string): Promise<{ bytes: number; path: string }> {
  let best = { bytes: 0, path: '' };
  for (const name of await readdir(dir, { recursive: true })) {
    if (!name.endsWith('.html')) continue;
    const { size } = await stat(join(dir, name));
    if (size > best.bytes) best = { bytes: size, path: name };
  }
  return best;
}

/** Appends a sentence to the summary of one digest: the edit an author makes between two builds. */
async function editOneDigest(content: string) {
  const folder = join(content, 'digests');
  const first = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort()[0]!;
  const text = await readFile(join(folder, first), 'utf8');
  await writeFile(join(folder, first), text.replace(/^summary: "?/m, (m) => `${m}Edited for the benchmark. `));
}

interface Row {
  corpus: string;
  digests: number;
  cold?: BuildRun;
  coldSiteImage?: BuildRun;
  stock?: BuildRun;
  noChange?: BuildRun;
  editOne?: BuildRun;
  largest?: { bytes: number; path: string };
}

const rows: Row[] = [];
const ours = await prepareProject('ours', work);
const stock = skip.has('stock') ? undefined : await prepareProject('stock', work);
for (const corpus of corpora) {
  for (const n of sizes) {
    const content = join(work, `content-${corpus}-${n}`);
    if (corpus === 'real') await writeClonedCorpus(join(PROJECT_ROOT, 'content'), content, n);
    else await writeCorpus(content, { digests: n, seed: '1' });
    const row: Row = { corpus, digests: n };
    const logFile = (name: string) => join(work, `${corpus}-${n}-${name}.log`);
    if (!skip.has('site-image')) {
      row.coldSiteImage = await buildOnce(ours, content, logFile('cold-site-image'), { env: { PREVIEW_IMAGES: 'site' } });
      log(`${corpus} ${n}: cold, one shared image: ${(row.coldSiteImage.ms / 1000).toFixed(1)} s`);
    }
    if (stock) {
      row.stock = await buildOnce(stock, content, logFile('stock'));
      log(`${corpus} ${n}: stock blog: ${(row.stock.ms / 1000).toFixed(1)} s`);
    }
    row.cold = await buildOnce(ours, content, logFile('cold'));
    log(`${corpus} ${n}: cold default: ${(row.cold.ms / 1000).toFixed(1)} s (CPU ${(row.cold.cpuMs / 1000).toFixed(1)} s), peak ${(row.cold.peakRss / 2 ** 20).toFixed(0)} MiB`);
    row.largest = await largestPage(join(ours, 'dist'));
    row.noChange = await buildOnce(ours, content, logFile('no-change'), { warm: true });
    log(`${corpus} ${n}: rebuild, nothing changed: ${(row.noChange.ms / 1000).toFixed(1)} s`);
    await editOneDigest(content);
    row.editOne = await buildOnce(ours, content, logFile('edit-one'), { warm: true });
    log(`${corpus} ${n}: rebuild after editing one digest: ${(row.editOne.ms / 1000).toFixed(1)} s`);
    rows.push(row);
  }
}

await emptyTrash(work);

const s = (run?: BuildRun) => (run ? (run.ms / 1000).toFixed(1) : '–');
const cpu = (run?: BuildRun) => (run ? (run.cpuMs / 1000).toFixed(1) : '–');
const mib = (run?: BuildRun) => (run ? (run.peakRss / 2 ** 20).toFixed(0) : '–');
const ratio = (a?: BuildRun, b?: BuildRun) => (a && b ? `${(a.ms / b.ms).toFixed(2)}x` : '–');
const share = (a?: BuildRun, b?: BuildRun) => (a && b ? `${Math.round((a.ms / b.ms) * 100)}%` : '–');
console.log(
  [
    '| corpus | digests | cold default (s) | / stock | cold, one shared image (s) | / stock | stock (s) | no-change rebuild (s, % of cold) | rebuild after one edit (s, % of cold) | CPU s: cold / stock / no-change / one edit | largest page (KB) | peak MiB ours / stock |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      `| ${r.corpus} | ${r.digests.toLocaleString('en')} | ${s(r.cold)} | ${ratio(r.cold, r.stock)} | ${s(r.coldSiteImage)} | ${ratio(r.coldSiteImage, r.stock)} | ${s(r.stock)} | ${s(r.noChange)} (${share(r.noChange, r.cold)}) | ${s(r.editOne)} (${share(r.editOne, r.cold)}) | ${cpu(r.cold)} / ${cpu(r.stock)} / ${cpu(r.noChange)} / ${cpu(r.editOne)} | ${r.largest ? (r.largest.bytes / 1024).toFixed(0) : '–'} | ${mib(r.cold)} / ${mib(r.stock)} |`,
    ),
  ].join('\n'),
);
