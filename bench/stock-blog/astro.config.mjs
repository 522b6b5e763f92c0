// @ts-check
// A stock Astro blog: no integrations, default Markdown processing.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://blog.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
