/**
 * How `astro dev` shows a content change: once per save, with fresh data.
 *
 * An editor's save arrives as several watcher events (a temporary file
 * written, renamed over the old one, removed): reloading on each made the
 * browser ask for the page several times, and a content error was printed
 * once per request. Events are gathered for a moment and answered once.
 *
 * Pages take their data from getStaticPaths, whose results Astro keeps until
 * it hears "astro:content-changed"; without that message the reload showed
 * the old page although the graph had been rebuilt.
 */
import type { ViteDevServer } from 'vite';

/** A save's events arrive within a few milliseconds of each other. */
const SETTLE_MS = 30;

let timer: NodeJS.Timeout | undefined;

/** Clears Astro's cached page data and reloads the browser, once per burst of changes. */
export function reloadAfterContentChange(server: ViteDevServer): void {
  clearTimeout(timer);
  timer = setTimeout(() => {
    for (const environment of Object.values(server.environments)) {
      if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
    }
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  }, SETTLE_MS);
}

/**
 * Answers `/favicon.ico` with the site's SVG icon under `astro dev`. Astro's
 * error page has no icon link, so the browser asks for /favicon.ico; that
 * rendered the 404 page, which reads the graph, and printed the content
 * error a second time.
 */
export function serveFaviconInDev(server: ViteDevServer): void {
  server.middlewares.use((request, response, next) => {
    if (request.url !== '/favicon.ico' && request.url !== '/favicon.ico/') return next();
    response.statusCode = 302;
    response.setHeader('Location', '/favicon.svg');
    response.end();
  });
}
