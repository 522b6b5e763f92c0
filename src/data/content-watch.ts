/**
 * An Astro integration for `astro dev`: content files are read by the core,
 * not imported, so Vite does not know pages depend on them. This watches the
 * content tree, marks the graph stale and reloads the browser; the reload
 * then shows the new page, or the content problems in Astro's error overlay.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/corpus-fs.ts';
import { bumpContentGeneration } from './content-generation.ts';
import { reloadAfterContentChange, serveFaviconInDev } from './dev-reload.ts';

export function contentWatch(): AstroIntegration {
  return {
    name: 'content-watch',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = contentRoot();
        server.watcher.add(root);
        serveFaviconInDev(server);
        server.watcher.on('all', (event, path) => {
          if (!path.startsWith(root)) return;
          bumpContentGeneration();
          logger.info(`${event} ${path.slice(root.length + 1)}: reloading`);
          reloadAfterContentChange(server);
        });
      },
    },
  };
}
