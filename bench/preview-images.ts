/**
 * `npm run bench:preview-images [-- --limit N]`: renders the preview card of
 * every digest and entity in CONTENT_DIR (default content/) the way the build
 * does, without the cache, and prints what it cost: the figure to weigh
 * against PREVIEW_IMAGES=site for very large builds.
 */
import { parseArgs } from 'node:util';
import { contentRoot, loadCorpus } from '../src/lib/corpus-fs.ts';
import { buildGraph } from '../src/lib/graph.ts';
import { previewCard, previewSubjects } from '../src/lib/seo/preview.ts';
import { previewPng, previewSvg } from '../src/lib/seo/preview-image-fs.ts';

const { values } = parseArgs({ options: { limit: { type: 'string' } } });
const site = new URL('https://central-asia-security.example/');
const graph = buildGraph(await loadCorpus(contentRoot()));
const subjects = previewSubjects(graph).slice(0, values.limit ? Number(values.limit) : undefined);
const cards = subjects.map((subject) => previewCard(graph, subject, site));

// The first card pays for loading the fonts; it is not part of the per-card figure.
previewPng(cards[0]!);

let started = performance.now();
for (const card of cards) previewSvg(card);
const layoutMs = performance.now() - started;

started = performance.now();
let bytes = 0;
for (const card of cards) bytes += previewPng(card).length;
const totalMs = performance.now() - started;

const per = (ms: number) => (ms / cards.length).toFixed(1);
console.log(`preview images: ${cards.length} cards in ${(totalMs / 1000).toFixed(2)} s, ${per(totalMs)} ms each (layout ${per(layoutMs)} ms), ${(bytes / cards.length / 1024).toFixed(0)} KiB each`);
console.log(`at 10,000 digests that is about ${((10_000 * totalMs) / cards.length / 1000).toFixed(0)} s of build time; PREVIEW_IMAGES=site skips it`);
