/**
 * The Astro content loader: feeds every collection from one parse of the
 * content tree by the core (src/lib), so `getCollection` and `render()` see
 * exactly what `npm run check` validated. Any content problem fails the build
 * with the full list.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../lib/corpus.ts';
import { contentRoot, loadCorpus } from '../lib/corpus-fs.ts';
import type { CollectionName } from '../lib/schema/index.ts';

let pending: Promise<Corpus> | undefined;

/** One parse per build, shared by all collections; reset when a file changes in dev. */
function corpusOnce(projectRoot: string): Promise<Corpus> {
  pending ??= loadCorpus(contentRoot(projectRoot), projectRoot);
  return pending;
}

export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: 'corpus-loader',
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      const projectRoot = fileURLToPath(config.root);
      const sync = async () => {
        const corpus = await corpusOnce(projectRoot);
        store.clear();
        for (const entry of corpus[collection]) {
          store.set({
            id: entry.id,
            data: entry.data,
            body: entry.body,
            filePath: entry.file,
            digest: generateDigest(entry.body + JSON.stringify(entry.data)),
            rendered: {
              html: entry.rendered.html,
              metadata: {
                headings: entry.rendered.headings,
                entityLinks: entry.rendered.entityLinks,
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
