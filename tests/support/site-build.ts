/**
 * Whole `astro build` runs over a content tree written to a temporary
 * folder, for the build suites (tests/build). Each build can have its own
 * output and cache folders, so a test can compare builds.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SourceFile } from '../../src/lib/corpus.ts';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/** A fresh temporary folder. */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `${prefix}-`));

/** Writes content files under `root` (replacing the folder's files of the same names). */
export function writeContent(root: string, files: readonly SourceFile[]): string {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.relativePath)), { recursive: true });
    writeFileSync(join(root, file.relativePath), file.text);
  }
  return root;
}

export interface BuildOptions {
  content: string;
  dist: string;
  /** Astro's cache folder; a fresh one when not given. */
  cacheDir?: string;
  env?: Record<string, string>;
}

/** Runs `astro build` from `content` into `dist`; preview cards are left out unless `env` asks for them. */
export function astroBuild({ content, dist, cacheDir = tempDir('astro-cache'), env = {} }: BuildOptions) {
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', dist], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: cacheDir, PREVIEW_IMAGES: 'site', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { ...result, dist, cacheDir };
}
