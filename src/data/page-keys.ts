/**
 * Cache keys for incremental builds (Astro's experimental.incrementalBuild):
 * a page is rendered again only when its key changes. The key hashes the
 * content of every entry the page shows (src/lib/views/page-deps.ts) and the
 * build settings that change pages without changing content; Astro itself
 * adds the page's code and the lockfile.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../lib/corpus.ts';
import type { EntityGraph } from '../lib/graph.ts';
import type { Kind } from '../lib/kinds.ts';
import { previewImageMode } from '../lib/seo/preview.ts';
import { pageDependencies } from '../lib/views/page-deps.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');

/** A page's cache key, given its kind and id; entry fingerprints are computed once per graph. */
export function pageKeys(graph: EntityGraph): (kind: Kind, id: string) => string {
  const fingerprints = new Map<string, string>();
  const fingerprint = (id: string) => {
    let value = fingerprints.get(id);
    if (value === undefined) {
      const entry: Entry | undefined = graph.entryById(id);
      value = entry ? sha(JSON.stringify([entry.kind, entry.data, entry.rendered.html, entry.rendered.mentions])) : 'missing';
      fingerprints.set(id, value);
    }
    return value;
  };
  const settings = JSON.stringify({ previewImages: previewImageMode(process.env) });
  return (kind, id) => sha([settings, ...pageDependencies(graph, kind, id).map((dep) => `${dep}:${fingerprint(dep)}`)].join('\n'));
}
