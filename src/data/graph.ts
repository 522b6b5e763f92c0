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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCorpusCache, type SourceFile } from '../lib/corpus.ts';
import { contentRoot, corpusOf, readContentTree } from '../lib/corpus-fs.ts';
import { frontMatterStore } from '../lib/front-matter-store-fs.ts';
import { buildGraph, type EntityGraph } from '../lib/graph.ts';
import { codeVersion, keyFingerprint, type KeyMemo, offerKeyMemo, readKeyMemo, writeKeyMemo } from '../lib/key-memo-fs.ts';
import { renderStore } from '../lib/render-store-fs.ts';
import { searchIndexFilesOnWorker } from '../lib/search/index-pool-fs.ts';
import { type SearchFileNames, searchFileNames, searchIndexFiles, type SearchIndexFiles } from '../lib/search/shards.ts';
import { contentGeneration } from './content-generation.ts';
import { keySettings, type PageKeys, pageKeys, rememberingPageKeys } from './page-keys.ts';

interface Build {
  generation: number;
  value: Promise<EntityGraph>;
  /** What the build before remembered (a build only): resolves once the files are read. */
  memo?: Promise<Memo | undefined>;
  keys?: Promise<PageKeys>;
  search?: Promise<SearchIndexFiles>;
  searchNames?: Promise<SearchFileNames>;
}
/** Answers remembered from the build before, and those this build gave. */
interface Memo {
  remembered: KeyMemo;
  given: KeyMemo;
}
let graph: Build | undefined;
/**
 * Under `astro dev`, each save parses and renders only the files it changed;
 * across builds, valid front matter and rendered bodies come from the cache
 * folder until they (or, for a body, what it links) change.
 */
const { RENDER_CACHE, RENDER_CACHE_VERSION, KEY_MEMO_DIR } = process.env;
const stored = RENDER_CACHE && RENDER_CACHE_VERSION;
const frontMatter = stored ? frontMatterStore(join(RENDER_CACHE, RENDER_CACHE_VERSION, 'front-matter')) : undefined;
const cache = createCorpusCache(stored ? renderStore(RENDER_CACHE, RENDER_CACHE_VERSION) : undefined, frontMatter);
const SEARCH_NAMES = 'search file names';

/** The entity graph of the site's content, built on first use. */
export function getGraph(): Promise<EntityGraph> {
  const generation = contentGeneration();
  if (graph?.generation !== generation) {
    const files = readContentTree(contentRoot());
    const corpus = files.then((read) => corpusOf(read, cache));
    void corpus.then(() => frontMatter?.save(), () => {});
    const build: Build = { generation, value: corpus.then(buildGraph) };
    graph = build;
    if (KEY_MEMO_DIR) {
      build.memo = files.then((read) => rememberedKeys(KEY_MEMO_DIR, read));
      // Unless the build before left its names, the search index is started
      // on a worker as soon as the graph exists, so it is built while the
      // other routes list their pages.
      void Promise.all([build.memo, build.value]).then(([memo]) => {
        if (!memo?.remembered.has(SEARCH_NAMES)) void getSearchIndex().catch(() => {});
      }, () => {});
    }
  }
  return graph.value;
}

/** The published files of the search index (src/lib/search/shards.ts); a build makes them on a worker, the dev server here. */
export function getSearchIndex(): Promise<SearchIndexFiles> {
  void getGraph();
  const build = graph!;
  build.search ??= build.value.then((built) => (import.meta.env.DEV ? searchIndexFiles(built) : searchIndexFilesOnWorker(built)));
  return build.search;
}

/** The names of the search index's files, which are their cache keys: from the build before when nothing changed, so that build need not make the index. */
export function getSearchFileNames(): Promise<SearchFileNames> {
  void getGraph();
  const build = graph!;
  build.searchNames ??= remember(build, SEARCH_NAMES, async () => JSON.stringify(searchFileNames(await getSearchIndex()))).then(
    (names) => JSON.parse(names) as SearchFileNames,
  );
  return build.searchNames;
}

/**
 * Incremental-build cache keys of pages (see page-keys.ts). A build
 * remembers them in its cache folder: the next build with the same
 * content, code and settings takes them from there (src/lib/key-memo-fs.ts).
 */
export function getPageKeys(): Promise<PageKeys> {
  void getGraph();
  const build = graph!;
  build.keys ??= Promise.all([build.value, build.memo]).then(([built, memo]) =>
    memo ? rememberingPageKeys(() => pageKeys(built), memo.remembered, memo.given) : pageKeys(built),
  );
  return build.keys;
}

/** A remembered answer, or one computed now (and remembered for the next build). */
async function remember(build: Build, question: string, compute: () => Promise<string>): Promise<string> {
  const memo = await build.memo;
  const answer = memo?.remembered.get(question) ?? (await compute());
  memo?.given.set(question, answer);
  return answer;
}

/** The keys of the build before, if it was made from these files and this code; what this build gives is saved when it is done. */
function rememberedKeys(dir: string, files: readonly SourceFile[]): Memo | undefined {
  let code: string;
  try {
    // The bundle's own folder: its files are the code that computes the answers.
    code = codeVersion(dirname(fileURLToPath(import.meta.url)));
  } catch {
    return undefined;
  }
  const file = join(dir, 'page-keys.json');
  const fingerprint = keyFingerprint(files, code, keySettings());
  const memo: Memo = { remembered: readKeyMemo(file, fingerprint) ?? new Map(), given: new Map() };
  offerKeyMemo(file, () => {
    const { remembered, given } = memo;
    const unchanged = given.size === remembered.size && [...given].every(([question, answer]) => remembered.get(question) === answer);
    if (!unchanged) writeKeyMemo(file, fingerprint, given);
  });
  return memo;
}
