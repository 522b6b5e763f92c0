/**
 * `npm run bench:preview-images [-- --limit N]`: writes the preview card of
 * every digest and entity in CONTENT_DIR (default content/) into an output
 * folder the way the build does: drawn on worker threads through a fresh
 * cache, on all cores and then on as many as a build gives them, then again
 * from that cache; prints what each cost per image and the peak memory.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, loadCorpus } from '../src/lib/corpus-fs.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { previewCard, previewImagePath, previewSubjects } from '../src/lib/seo/preview.ts';
import { placeCards } from '../src/lib/seo/preview-image-pool-fs.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' } } });
const site = new URL('https://central-asia-security.example/');
const graph = buildGraph(await loadCorpus(contentRoot()));
const subjects = previewSubjects(graph).slice(0, values.limit ? Number(values.limit) : undefined);
const cards = subjects.map((subject) => ({ card: previewCard(graph, subject, site), output: previewImagePath(subject).slice(1) }));
const work = mkdtempSync(join(tmpdir(), 'preview-bench-'));
const cacheDir = join(work, 'cache');
let runs = 0;

/**
 * Writes every card into a fresh output folder, as a build does, on
 * `threads` workers (minCards 1: always on workers, as in a build of more
 * than a hundred cards); returns milliseconds and bytes. Includes starting
 * the workers and their loading the fonts.
 */
async function run(threads: number): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const outDir = join(work, `dist-${runs++}`);
  const started = performance.now();
  // CPU time of the whole process, worker threads included: less sensitive than wall time to a busy machine.
  const cpu = process.cpuUsage();
  const { copies } = await placeCards(cards, { cacheDir, target: { outDir, inPlace: new Map() }, threads, minCards: 1 });
  const used = process.cpuUsage(cpu);
  const bytes = copies.reduce((sum, { output }) => sum + statSync(join(outDir, output)).size, 0);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, bytes };
}

const cores = availableParallelism();
const build = Math.max(1, cores - 1);
const cold = await run(cores);
rmSync(cacheDir, { recursive: true, force: true });
const coldBuild = await run(build);
const warm = await run(build);
rmSync(work, { recursive: true, force: true });

const per = (ms: number) => (ms / cards.length).toFixed(1);
console.log(`preview images: ${cards.length} cards, ${(cold.bytes / cards.length / 1024).toFixed(0)} KiB each`);
console.log(`cold (empty cache), ${cores} workers (all cores): ${(cold.ms / 1000).toFixed(2)} s, ${per(cold.ms)} ms per image (CPU ${per(cold.cpuMs)} ms per image)`);
console.log(`cold, ${build} worker(s) as a build starts them beside its page rendering: ${(coldBuild.ms / 1000).toFixed(2)} s, ${per(coldBuild.ms)} ms per image`);
console.log(`warm (copied from the cache into an empty output folder): ${(warm.ms / 1000).toFixed(2)} s, ${per(warm.ms)} ms per image (CPU ${per(warm.cpuMs)} ms per image)`);
// Peak resident memory of the process, worker threads included: native memory (resvg's, zlib's) shows here and nowhere else.
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
console.log(`at 10,000 digests that is about ${((10_000 * coldBuild.ms) / cards.length / 1000).toFixed(0)} s of work beside a cold build's pages; PREVIEW_IMAGES=site skips it`);
