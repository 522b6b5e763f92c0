/**
 * Cache keys for incremental builds (Astro's experimental.incrementalBuild):
 * a page is rendered again only when its key changes. The key hashes the
 * content of every entry the page shows (src/lib/views/page-deps.ts: its
 * neighbours and what they name) and the
 * build settings that change pages without changing content; Astro itself
 * adds the page's code and the lockfile.
 */
import { createHash } from 'node:crypto';
import { type Entry, linkTarget } from '../lib/corpus.ts';
import type { EntityGraph } from '../lib/graph.ts';
import type { Kind } from '../lib/kinds.ts';
import { previewImageMode } from '../lib/seo/preview.ts';
import { namedBy, pageNeighbours } from '../lib/views/page-deps.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Cache keys of the pages about one entry, and of pages of a list. */
export interface PageKeys {
  /** The page of an entry, by kind and id. */
  entry(kind: Kind, id: string): string;
  /** A page of a list: what list and which page (`label`), and the entries it lists, in order. */
  list(label: string, ids: readonly string[]): string;
  /** A file made from the whole corpus (an open-data file): it changes whenever any entry does. */
  corpus(label: string): string;
}

/** The build settings every key covers; the Markdown pipeline's version (astro.config.mjs) among them: a new pipeline renders bodies anew. */
export function keySettings(): string {
  return JSON.stringify({ previewImages: previewImageMode(process.env), pipeline: process.env.RENDER_CACHE_VERSION });
}

/** Page keys over one graph; entry fingerprints are computed once. */
export function pageKeys(graph: EntityGraph): PageKeys {
  const memo = <T>(compute: (id: string) => T) => {
    const values = new Map<string, T>();
    return (id: string) => {
      let value = values.get(id);
      if (value === undefined) values.set(id, (value = compute(id)));
      return value;
    };
  };
  /** What a `[[link]]` to the entry shows, hashed once per entry: a digest links the same few hundred entities as the others. */
  const shownByLink = memo((id) => {
    const target = graph.entryById(id);
    return target ? sha(JSON.stringify(linkTarget(target))) : `missing ${id}`;
  });
  /**
   * The entry's own content, by what it is made from: its front matter, and
   * its body with what its links show. These decide its rendered HTML and
   * mention sentences, as they decide whether a stored render is still
   * valid (corpus.ts); hashing them costs a third of hashing the HTML.
   */
  const own = memo((id) => {
    const entry: Entry | undefined = graph.entryById(id);
    if (!entry) return 'missing';
    const targets = [...new Set(entry.rendered.entityLinks.map((link) => link.id))].sort().map((target) => `${target}:${shownByLink(target)}`);
    return createHash('sha256').update(`${entry.kind}\0${JSON.stringify(entry.data)}\0${targets.join(' ')}\0`).update(entry.body).digest('base64url');
  });
  /** The entry and everything it names, as a listing of it on another page shows it. */
  const listed = memo((id) => {
    const entry = graph.entryById(id);
    return sha([own(id), ...(entry ? namedBy(entry) : []).map(own)].join(''));
  });
  const settings = keySettings();
  const list = (label: string, ids: readonly string[]) => sha([settings, label, ...ids.map((n) => `${n}:${listed(n)}`)].join('\n'));
  let everyEntry: string | undefined;
  return {
    entry: (kind, id) => sha([settings, listed(id), ...pageNeighbours(graph, kind, id).map((n) => `${n}:${listed(n)}`)].join('\n')),
    list,
    corpus: (label) => {
      everyEntry ??= list('every entry', (Object.values(graph.corpus) as Entry[][]).flat().map((entry) => entry.id));
      return sha([label, everyEntry].join('\n'));
    },
  };
}

/**
 * Page keys that answer from `remembered` (the build before's keys, when
 * content, code and settings are all unchanged: src/lib/key-memo-fs.ts)
 * and compute, with `compute`, only what it lacks. Every key given is put
 * in `given`. A list is asked by its label and a hash of its ids, so the
 * same label over other entries is another question.
 */
export function rememberingPageKeys(compute: () => PageKeys, remembered: ReadonlyMap<string, string>, given: Map<string, string>): PageKeys {
  let computed: PageKeys | undefined;
  const answer = (question: string, work: (keys: PageKeys) => string) => {
    let key = remembered.get(question);
    if (key === undefined) key = work((computed ??= compute()));
    given.set(question, key);
    return key;
  };
  return {
    entry: (kind, id) => answer(`entry ${kind} ${id}`, (keys) => keys.entry(kind, id)),
    list: (label, ids) => answer(`list ${label} ${sha(ids.join('\n'))}`, (keys) => keys.list(label, ids)),
    corpus: (label) => answer(`corpus ${label}`, (keys) => keys.corpus(label)),
  };
}

/** One page of a paginated list, as Astro's paginate() returns it. */
interface ListPage<T> {
  props: { page: { currentPage: number; lastPage: number; total: number; data: T[] } };
}

/**
 * Paginated pages with their cache keys: `name` says which list, and
 * `entriesOf` which entries an item shows (a page's key covers them and
 * the page's place in the list).
 */
export function withListKeys<P extends ListPage<unknown>>(
  keys: PageKeys,
  name: string,
  pages: P[],
  entriesOf: (item: P['props']['page']['data'][number]) => string[],
) {
  return pages.map((path) => {
    const { currentPage, lastPage, total, data } = path.props.page;
    return { ...path, cacheKey: keys.list(`${name} ${currentPage}/${lastPage} of ${total}`, data.flatMap(entriesOf)) };
  });
}
