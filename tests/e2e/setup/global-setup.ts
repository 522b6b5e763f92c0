/**
 * Serves the built site (dist/) with `astro preview` on a free loopback port
 * for every e2e file. `npm test` builds first; run `npm run build` before
 * `npm run test:e2e` on its own. DIST_DIR points the tests at another build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { DIST } from '../../support/built-site.ts';
import { findChromium } from './browser.ts';
import { freePort } from '../../support/dev-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}


export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} has no site: run \`npm run build\` before the e2e tests.`);
  findChromium(); // fail early, with a clear message, if there is no browser
  const port = await freePort();
  const server = await preview({ root: process.cwd(), outDir: DIST, logLevel: 'warn', server: { host: '127.0.0.1', port } });
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return () => server.stop();
}
