/**
 * The graph pages read: built from the core's own parse of the content tree
 * (src/lib/corpus-fs.ts), once per build. Astro's content store is not used:
 * pages need the graph, and a round trip through the store only copied the
 * corpus into one large module and back.
 *
 * In `astro dev`, the content watcher (content-watch.ts) bumps a generation
 * number when a content file changes; the next page request parses again.
 * A content problem rejects with a ContentError listing every problem, which
 * Astro shows in the browser's error overlay.
 */
import { join } from 'node:path';
import { createCorpusCache } from '../lib/corpus.ts';
import { contentRoot, loadCorpus } from '../lib/corpus-fs.ts';
import { frontMatterStore } from '../lib/front-matter-store-fs.ts';
import { buildGraph, type EntityGraph } from '../lib/graph.ts';
import { renderStore } from '../lib/render-store-fs.ts';
import { contentGeneration } from './content-generation.ts';
import { type PageKeys, pageKeys } from './page-keys.ts';

let graph: { generation: number; value: Promise<EntityGraph>; keys?: Promise<PageKeys> } | undefined;
/**
 * Under `astro dev`, each save parses and renders only the files it changed;
 * across builds, valid front matter and rendered bodies come from the cache
 * folder until they (or, for a body, what it links) change.
 */
const { RENDER_CACHE, RENDER_CACHE_VERSION } = process.env;
const stored = RENDER_CACHE && RENDER_CACHE_VERSION;
const frontMatter = stored ? frontMatterStore(join(RENDER_CACHE, RENDER_CACHE_VERSION, 'front-matter.json')) : undefined;
const cache = createCorpusCache(stored ? renderStore(RENDER_CACHE, RENDER_CACHE_VERSION) : undefined, frontMatter);

/** The entity graph of the site's content, built on first use. */
export function getGraph(): Promise<EntityGraph> {
  const generation = contentGeneration();
  if (graph?.generation !== generation) {
    const corpus = loadCorpus(contentRoot(), undefined, cache);
    void corpus.then(() => frontMatter?.save(), () => {});
    graph = { generation, value: corpus.then(buildGraph) };
  }
  return graph.value;
}

/** Incremental-build cache keys of pages (see page-keys.ts). */
export function getPageKeys(): Promise<PageKeys> {
  void getGraph();
  graph!.keys ??= graph!.value.then(pageKeys);
  return graph!.keys;
}
