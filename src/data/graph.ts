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
import { searchIndexFilesOnWorker } from '../lib/search/index-pool-fs.ts';
import { searchIndexFiles, type SearchIndexFiles } from '../lib/search/shards.ts';
import { contentGeneration } from './content-generation.ts';
import { type PageKeys, pageKeys } from './page-keys.ts';

let graph: { generation: number; value: Promise<EntityGraph>; keys?: Promise<PageKeys>; search?: Promise<SearchIndexFiles> } | undefined;
/**
 * Under `astro dev`, each save parses and renders only the files it changed;
 * across builds, valid front matter and rendered bodies come from the cache
 * folder until they (or, for a body, what it links) change.
 */
const { RENDER_CACHE, RENDER_CACHE_VERSION } = process.env;
const stored = RENDER_CACHE && RENDER_CACHE_VERSION;
const frontMatter = stored ? frontMatterStore(join(RENDER_CACHE, RENDER_CACHE_VERSION, 'front-matter')) : undefined;
const cache = createCorpusCache(stored ? renderStore(RENDER_CACHE, RENDER_CACHE_VERSION) : undefined, frontMatter);

/** The entity graph of the site's content, built on first use. */
export function getGraph(): Promise<EntityGraph> {
  const generation = contentGeneration();
  if (graph?.generation !== generation) {
    const corpus = loadCorpus(contentRoot(), undefined, cache);
    void corpus.then(() => frontMatter?.save(), () => {});
    graph = { generation, value: corpus.then(buildGraph) };
    // A build starts the search index on a worker as soon as the graph
    // exists, so it is built while the other routes list their pages.
    if (!import.meta.env.DEV) {
      graph.search = graph.value.then((built) => searchIndexFilesOnWorker(built));
      // Held, not thrown, until a route asks: a content error is the graph's to report.
      graph.search.catch(() => {});
    }
  }
  return graph.value;
}

/** The published files of the search index (src/lib/search/shards.ts); the dev server builds them when asked, here. */
export function getSearchIndex(): Promise<SearchIndexFiles> {
  void getGraph();
  graph!.search ??= graph!.value.then(searchIndexFiles);
  return graph!.search;
}

/** Incremental-build cache keys of pages (see page-keys.ts). */
export function getPageKeys(): Promise<PageKeys> {
  void getGraph();
  graph!.keys ??= graph!.value.then(pageKeys);
  return graph!.keys;
}
