// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL || 'https://central-asia-security.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Content is rendered by our own unified pipeline in the content loader
  // (src/data/loader.ts); Astro's Markdown processor never sees it.
  devToolbar: { enabled: false },
});
