/**
 * The only module that reads Astro's collections. It rebuilds the corpus the
 * loader stored and hands pages the entity graph from the core, built once.
 */
import { getCollection } from 'astro:content';
import type { Corpus, Entry } from '../lib/corpus.ts';
import { buildGraph, type EntityGraph } from '../lib/graph.ts';
import type { Heading } from '../lib/markdown/heading-anchors.ts';
import type { EntityLinkRef } from '../lib/markdown/entity-links.ts';
import type { Mention } from '../lib/markdown/mentions.ts';
import { COLLECTION_NAMES, type CollectionName } from '../lib/schema/index.ts';

let graph: Promise<EntityGraph> | undefined;

/** The entity graph of the site's content, built on first use. */
export function getGraph(): Promise<EntityGraph> {
  graph ??= (async () => {
    const pairs = await Promise.all(
      COLLECTION_NAMES.map(async (name) => [name, (await getCollection(name)).map((e) => toEntry(name, e))] as const),
    );
    return buildGraph(Object.fromEntries(pairs) as unknown as Corpus);
  })();
  return graph;
}

interface StoredEntry {
  id: string;
  data: unknown;
  body?: string | undefined;
  filePath?: string | undefined;
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

function toEntry<C extends CollectionName>(collection: C, stored: StoredEntry): Entry<C> {
  const metadata = stored.rendered?.metadata ?? {};
  return {
    collection,
    id: stored.id,
    file: stored.filePath ?? '',
    data: stored.data as Entry<C>['data'],
    // The loader keeps raw bodies out of the store (pages render the HTML), so this is empty here.
    body: stored.body ?? '',
    rendered: {
      html: stored.rendered?.html ?? '',
      headings: (metadata.headings ?? []) as Heading[],
      entityLinks: (metadata.entityLinks ?? []) as EntityLinkRef[],
      mentions: (metadata.mentions ?? []) as Mention[],
    },
  };
}
