/**
 * The Astro content loader: feeds every collection from one parse of the
 * content tree by the core (src/lib), so `getCollection` and `render()` see
 * exactly what `npm run check` validated. Any content problem fails the build
 * with the full list.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../lib/corpus.ts';
import type { EntityLinkRef } from '../lib/markdown/entity-links.ts';
import { contentRoot, loadCorpus } from '../lib/corpus-fs.ts';
import type { CollectionName } from '../lib/schema/index.ts';

let pending: Promise<Corpus> | undefined;

/** One parse per build, shared by all collections; reset when a file changes in dev. */
function corpusOnce(projectRoot: string): Promise<Corpus> {
  pending ??= loadCorpus(contentRoot(projectRoot), projectRoot);
  return pending;
}

/** The first link to each entity, in document order. */
function firstLinkToEach(links: readonly EntityLinkRef[]): EntityLinkRef[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.id) && seen.add(link.id));
}

export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: 'corpus-loader',
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      const projectRoot = fileURLToPath(config.root);
      const sync = async () => {
        const corpus = await corpusOnce(projectRoot);
        store.clear();
        // The store is serialized into the build and compiled as one module,
        // a cost that grows faster than the corpus (docs/BENCHMARKS.md): it
        // keeps only what pages read. No raw body, and each linked entity once
        // (pages need which entities a body links, not where).
        for (const entry of corpus[collection]) {
          store.set({
            id: entry.id,
            data: entry.data,
            filePath: entry.file,
            digest: generateDigest(entry.body + JSON.stringify(entry.data)),
            rendered: {
              html: entry.rendered.html,
              metadata: {
                headings: entry.rendered.headings,
                entityLinks: firstLinkToEach(entry.rendered.entityLinks),
                mentions: entry.rendered.mentions,
              },
            },
          });
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(contentRoot(projectRoot))) return;
        pending = undefined;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
