/**
 * The search index as the site publishes it: a small base fetched first (the
 * vocabulary, the entities, the shard layout), then shards fetched as
 * searches need them: the postings of the words a query matches, the
 * documents its results show, and, once facets are shown, one table of every
 * document's facet values. See docs/SEARCH.md, "Shards".
 *
 * Words are cut into shards in sorted order, so the words a query begins sit
 * together; documents in list order, so a digest's claims sit together. A
 * shard is named by a hash of its content: an edit rewrites the shards it
 * touches and the base, not every shard.
 */
import { createHash } from 'node:crypto';
import type { EntityGraph } from '../graph.ts';
import { buildSearchIndex, searchIndexOf } from './documents.ts';
import { isFacetKind } from './facet-list.ts';
import { titleWordCount } from './engine.ts';
import {
  isEntityType,
  SEARCH_INDEX_VERSION,
  SEARCH_TYPES,
  type SearchBase,
  type SearchDoc,
  type SearchDocShard,
  type SearchFacetTable,
  type SearchIndexData,
  type SearchWordShard,
} from './types.ts';

/** Shards are cut at about this many bytes of JSON: small enough that a query fetches little it does not need, large enough to stay a few hundred files at 10,000 digests. */
export const WORD_SHARD_BYTES = 32_000;
export const DOC_SHARD_BYTES = 96_000;

/** Every file of the published index. */
export interface SearchIndexFiles {
  base: SearchBase;
  words: SearchWordShard[];
  docs: SearchDocShard[];
  facets: SearchFacetTable;
}

/** Cuts items into consecutive runs of about `bytes` of JSON each; returns where each run starts. */
function cut<T>(items: readonly T[], bytes: number): number[] {
  const starts: number[] = [];
  let size = 0;
  items.forEach((item, i) => {
    const length = JSON.stringify(item).length + 1;
    if (!starts.length || (size > 0 && size + length > bytes)) {
      starts.push(i);
      size = 0;
    }
    size += length;
  });
  return starts;
}

const runs = <T>(items: readonly T[], starts: readonly number[]) => starts.map((start, n) => items.slice(start, starts[n + 1] ?? items.length));

/** A shard's name: a hash of its JSON, so its file changes only when it does. */
const contentName = (shard: SearchWordShard | SearchDocShard) => createHash('sha256').update(JSON.stringify(shard)).digest('base64url').slice(0, 16);

/** The published files of a whole index (with its inverted index, as buildSearchIndex makes it). */
export function shardSearchIndex(index: SearchIndexData): SearchIndexFiles {
  if (!index.inverted) throw new Error('shardSearchIndex: the index needs its inverted index');
  const { docs } = index;
  const { words, postings } = index.inverted;
  const key = createHash('sha256').update(JSON.stringify(index)).digest('hex').slice(0, 12);

  const entitiesFrom = Math.max(0, docs.findIndex((d) => isEntityType(d.type)));
  let entitiesEnd = entitiesFrom;
  while (entitiesEnd < docs.length && isEntityType(docs[entitiesEnd]!.type)) entitiesEnd++;
  const claimsFrom = docs.findIndex((d) => d.type === 'claim');
  const pages = claimsFrom < 0 ? docs.length : claimsFrom;

  // A claim names its digest's title in its own shard, so showing it needs no second shard.
  const shown = docs.map(({ in: digest, ...doc }): SearchDoc => (digest === undefined ? doc : { ...doc, context: docs[digest]!.title }));
  const facetAbout = docs.map((d) => (d.about ?? []).filter((e) => isFacetKind(docs[e]!.type)).map((e) => e - entitiesFrom));
  const types = docs.map((d) => SEARCH_TYPES.indexOf(d.type));
  const browseCounts = { types: SEARCH_TYPES.map(() => 0), entities: docs.slice(entitiesFrom, entitiesEnd).map((d) => (isFacetKind(d.type) ? 1 : 0)) };
  for (const t of types) browseCounts.types[t]!++;
  for (const list of facetAbout) for (const e of list) browseCounts.entities[e]!++;
  const wordStarts = cut(postings, WORD_SHARD_BYTES);
  const docStarts = cut(shown, DOC_SHARD_BYTES);

  const wordShards: SearchWordShard[] = runs(postings, wordStarts).map((list) => ({ postings: list }));
  const docShards: SearchDocShard[] = runs(shown, docStarts).map((list) => ({ docs: list }));

  return {
    base: {
      version: SEARCH_INDEX_VERSION,
      key,
      size: docs.length,
      words,
      wordShards: wordStarts,
      wordShardNames: wordShards.map(contentName),
      docShards: docStarts,
      docShardNames: docShards.map(contentName),
      entitiesFrom,
      entities: docs.slice(entitiesFrom, entitiesEnd),
      titleWords: docs.slice(0, pages).map(titleWordCount),
      browseCounts,
    },
    words: wordShards,
    docs: docShards,
    facets: {
      key,
      types: types.map((t) => String.fromCharCode(97 + t)).join(''),
      about: facetAbout,
    },
  };
}

/**
 * What the search routes publish, by name, each name also the file's cache
 * key: shards are named by their content, and index.json and facets.json
 * keyed by a hash of theirs.
 */
export interface SearchFileNames {
  words: readonly string[];
  docs: readonly string[];
  index: string;
  facets: string;
}

export function searchFileNames({ base, facets }: SearchIndexFiles): SearchFileNames {
  const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);
  return { words: base.wordShardNames, docs: base.docShardNames, index: hash(base), facets: hash(facets) };
}

/** The shard of words or of documents published under `name`. */
export function shardNamed(files: SearchIndexFiles, of: 'words' | 'docs', name: string): SearchWordShard | SearchDocShard {
  const n = (of === 'words' ? files.base.wordShardNames : files.base.docShardNames).indexOf(name);
  if (n < 0) throw new Error(`search index: no ${of} shard named "${name}"`);
  return files[of][n]!;
}

/** The published files of the index of a document list (as searchDocuments makes it). */
export function searchIndexFilesOf(docs: readonly SearchDoc[]): SearchIndexFiles {
  return shardSearchIndex(searchIndexOf(docs));
}

/** Every route of the build asks for the files; they are made once per graph. */
const filesOf = new WeakMap<EntityGraph, SearchIndexFiles>();

/** The published files of the graph's search index. */
export function searchIndexFiles(graph: EntityGraph): SearchIndexFiles {
  let files = filesOf.get(graph);
  if (!files) {
    files = shardSearchIndex(buildSearchIndex(graph));
    filesOf.set(graph, files);
  }
  return files;
}
