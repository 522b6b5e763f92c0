/** The published search index as a server holds it, for tests that search through the shards as the browser does. */
import type { SearchIndexFiles } from '../../src/lib/search/shards.ts';
import { SEARCH_FACETS_PATH, SEARCH_INDEX_PATH, searchDocShardPath, searchWordShardPath } from '../../src/lib/search/types.ts';

/** Every file of the published index by its path, as the build writes them. */
export function searchIndexByPath(files: SearchIndexFiles): Map<string, unknown> {
  const byPath = new Map<string, unknown>([
    [SEARCH_INDEX_PATH, files.base],
    [SEARCH_FACETS_PATH, files.facets],
  ]);
  files.words.forEach((shard, n) => byPath.set(searchWordShardPath(files.base.wordShardNames[n]!), shard));
  files.docs.forEach((shard, n) => byPath.set(searchDocShardPath(files.base.docShardNames[n]!), shard));
  return byPath;
}
