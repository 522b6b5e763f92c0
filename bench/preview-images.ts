/**
 * `npm run bench:preview-images [-- --limit N]`: draws the preview card of
 * every digest and entity in CONTENT_DIR (default content/) the way the build
 * does, on worker threads (one per core) through a fresh cache, then again
 * from that cache, and prints what each cost per image and the peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot, loadCorpus } from '../src/lib/corpus-fs.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { previewCard, previewSubjects } from '../src/lib/seo/preview.ts';
import { PreviewImagePool, previewBatch } from '../src/lib/seo/preview-image-pool-fs.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' } } });
const site = new URL('https://central-asia-security.example/');
const graph = buildGraph(await loadCorpus(contentRoot()));
const subjects = previewSubjects(graph).slice(0, values.limit ? Number(values.limit) : undefined);
const cards = subjects.map((subject) => previewCard(graph, subject, site));
const pool = new PreviewImagePool();
const cacheDir = mkdtempSync(join(tmpdir(), 'preview-bench-'));

// Workers load the fonts on their first card; that start-up is not part of the per-card figure (their first glyphs are).
await Promise.all(Array.from({ length: pool.threads }, (_, i) => pool.render(cards[i % cards.length]!)));

/** Asks for every card in order, as the build does, and returns milliseconds and bytes. */
async function run(): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const png = previewBatch(cards, { cacheDir, pool });
  const started = performance.now();
  // CPU time of the whole process, worker threads included: less sensitive than wall time to a busy machine.
  const cpu = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < cards.length; i++) bytes += (await png(i)).length;
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, bytes };
}

const cold = await run();
const warm = await run();
await pool.close();
rmSync(cacheDir, { recursive: true, force: true });

const per = (ms: number) => (ms / cards.length).toFixed(1);
console.log(`preview images: ${cards.length} cards on ${pool.threads} worker threads, ${(cold.bytes / cards.length / 1024).toFixed(0)} KiB each`);
console.log(`cold (empty cache): ${(cold.ms / 1000).toFixed(2)} s, ${per(cold.ms)} ms per image (CPU ${per(cold.cpuMs)} ms per image)`);
console.log(`warm (cached):      ${(warm.ms / 1000).toFixed(2)} s, ${per(warm.ms)} ms per image (CPU ${per(warm.cpuMs)} ms per image)`);
// Peak resident memory of the process, worker threads included: native memory (resvg's, zlib's) shows here and nowhere else.
console.log(`peak memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
console.log(`at 10,000 digests that is about ${((10_000 * cold.ms) / cards.length / 1000).toFixed(0)} s of a cold build; PREVIEW_IMAGES=site skips it`);
