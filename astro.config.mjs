// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { contentWatch } from './src/data/content-watch.ts';
import { keptOutput } from './src/data/kept-output.ts';
import { sitemap } from './src/data/sitemap.ts';
import { saveKeyMemo } from './src/lib/key-memo-fs.ts';
import { pipelineVersion } from './src/lib/render-store-fs.ts';

/**
 * Preview cards (src/pages/og/), rendered Markdown bodies
 * (src/lib/render-store-fs.ts) and a build's page keys
 * (src/lib/key-memo-fs.ts) are cached in Astro's cache folder, so they
 * are cleared with it; PREVIEW_IMAGE_CACHE or RENDER_CACHE set by hand take
 * precedence. SOURCE_LIB_DIR tells worker threads where src/lib is.
 * @type {import('astro').AstroIntegration}
 */
const buildCaches = {
  name: 'build-caches',
  hooks: {
    'astro:config:setup': ({ command, config }) => {
      // A build remembers its page keys for the next (src/lib/key-memo-fs.ts); the dev server has none.
      if (command === 'build') process.env.KEY_MEMO_DIR ||= fileURLToPath(new URL('memo/', config.cacheDir));
    },
    'astro:config:done': ({ config }) => {
      process.env.PREVIEW_IMAGE_CACHE ||= fileURLToPath(new URL('preview-images/', config.cacheDir));
      process.env.RENDER_CACHE ||= fileURLToPath(new URL('rendered/', config.cacheDir));
      process.env.RENDER_CACHE_VERSION ||= pipelineVersion(fileURLToPath(config.root));
      // Worker threads load their programs from the source (a bundle has no file of theirs to point at).
      process.env.SOURCE_LIB_DIR ||= fileURLToPath(new URL('src/lib/', config.root));
    },
    // The page keys this build gave, for the next build to reuse if nothing changed (src/lib/key-memo-fs.ts).
    'astro:build:done': () => saveKeyMemo(),
  },
};

const PLACEHOLDER_SITE = 'https://central-asia-security.example';

/**
 * Canonical links, og:url, feeds, the sitemap and the preview cards all carry
 * the site's address; built without SITE_URL they carry a placeholder that
 * shares nothing, so a build says so.
 * @type {import('astro').AstroIntegration}
 */
const siteUrlWarning = {
  name: 'site-url-warning',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (!process.env.SITE_URL) {
        logger.warn(
          `SITE_URL is not set: canonical links, og:url, feeds, the sitemap and preview cards will point at ${PLACEHOLDER_SITE}. ` +
            'Set it for a build you publish: SITE_URL=https://your.domain npm run build',
        );
      }
    },
  },
};

export default defineConfig({
  site: process.env.SITE_URL || PLACEHOLDER_SITE,
  trailingSlash: 'always',
  // The build suites give each build its own cache to compare builds.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // Stylesheets stay external files: inlined <style> blocks would each add a
  // hash to the Content Security Policy of every page. Four pages at a time:
  // writing a page and its cached copy is file-system work the main thread
  // waited on; with four in flight it renders meanwhile (cold builds 10-20%
  // faster on the 2-core machine, 1,000 digests, at the same peak memory).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Content is parsed and rendered by our own pipeline (src/lib, read by
  // src/data/graph.ts); Astro's Markdown processor never sees it.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Pages with an unchanged cache key (src/data/page-keys.ts) and unchanged
  // code are copied from the previous build instead of rendered again.
  experimental: { incrementalBuild: true },
  // sitemap-index.xml lists every page (not feeds, images or data files).
  // kept-output comes last: it records the output folder once the others have written to it.
  integrations: [sitemap(), buildCaches, contentWatch(), siteUrlWarning, keptOutput()],
  security: {
    // Astro hashes every script and style it emits into a CSP <meta> tag, so
    // script-src carries no 'unsafe-inline' or 'unsafe-eval'. Headers a meta
    // tag cannot carry (frame-ancestors, nosniff, …) are in public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
