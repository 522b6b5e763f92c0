/**
 * An Astro integration: a build keeps the previous build's output folder
 * when it is exactly what that build left, instead of emptying it and
 * copying every unchanged page back from the cache (src/lib/kept-output-fs.ts
 * says when, and why that is safe). It also opens the folder to the files
 * routes copy from the cache instead of rendering (src/lib/output-copies.ts),
 * and records them with it. Off in `astro dev`, which writes no output
 * folder.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishOutDir, type KeptOutput, prepareOutDir } from '../lib/kept-output-fs.ts';
import { openCopies, takeCopies } from '../lib/output-copies.ts';

/** Where Astro keeps its incremental manifest, in its cache folder (astro/dist/core/build/incremental.js). */
const ASTRO_MANIFEST = 'incremental-build.json';
const RECORD = 'kept-output.json';

export function keptOutput(): AstroIntegration {
  let paths: { outDir: string; record: string; manifest: string } | undefined;
  let kept: KeptOutput | undefined;
  return {
    name: 'kept-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        paths = {
          outDir: fileURLToPath(config.outDir),
          record: fileURLToPath(new URL(RECORD, config.cacheDir)),
          manifest: fileURLToPath(new URL(ASTRO_MANIFEST, config.cacheDir)),
        };
      },
      'astro:build:start': ({ logger }) => {
        const { outDir, record, manifest } = paths!;
        const prepared = prepareOutDir(outDir, record, manifest);
        kept = 'kept' in prepared ? prepared : undefined;
        openCopies({ outDir, inPlace: 'inPlace' in prepared ? prepared.inPlace : new Map() });
        if ('emptied' in prepared) logger.info(`output folder emptied: ${prepared.emptied}`);
        else logger.info(`output folder kept: ${prepared.kept.size} files may be reused`);
      },
      'astro:build:done': async ({ assets, logger }) => {
        const { outDir, record, manifest } = paths!;
        const output = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/')));
        const copies = [];
        for (const [name, offer] of await takeCopies()) {
          logger.info(`${name}: ${offer.copies.length} files, ${offer.written} written`);
          for (const copy of offer.copies) {
            // A copy over a page would replace what Astro rendered, unnoticed.
            if (output.has(copy.output)) throw new Error(`${name}: ${copy.output} is also a page of the build`);
            output.add(copy.output);
          }
          copies.push(...offer.copies);
        }
        finishOutDir(outDir, record, manifest, kept, output, copies);
      },
    },
  };
}
