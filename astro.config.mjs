// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL || 'https://central-asia-security.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Content is rendered by our own unified pipeline in the content loader
  // (src/data/loader.ts); Astro's Markdown processor never sees it.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // sitemap-index.xml lists every page (not feeds, images or data files).
  integrations: [sitemap()],
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
