/**
 * An Astro integration: writes the sitemap (src/lib/seo/sitemap.ts) into
 * the output folder once every page is built.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapFiles } from '../lib/seo/sitemap.ts';

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.base, config.site) : undefined;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) throw new Error('the sitemap needs `site` in the Astro config');
        const files = sitemapFiles(site, pages.map((page) => page.pathname));
        for (const { name, xml } of files) writeFileSync(fileURLToPath(new URL(name, dir)), xml);
        logger.info(`${files[0]!.name} written, with ${files.length - 1} sitemap file(s)`);
      },
    },
  };
}
