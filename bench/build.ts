/**
 * Build benchmarks: our site and the stock blog, each copied into a scratch
 * folder that links to this project's node_modules, built cold from a given
 * content tree. Nothing is written inside the project.
 */
import { cp, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './lib/process.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STOCK_TEMPLATE = join(PROJECT_ROOT, 'bench', 'stock-blog');
/** What our site needs to build; content comes from CONTENT_DIR. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.npmrc'];

export type SiteKind = 'ours' | 'stock';

/** One cold build. */
export interface BuildRun {
  ms: number;
  peakRss: number;
  /** CPU time of the build's process tree (see measure). */
  cpuMs: number;
  pages: number;
  /** Preview images (PNG) written. */
  images: number;
  /** Astro's own phase timings in seconds, read from its log. */
  phases: BuildPhases;
  log: string;
}

export interface BuildPhases {
  /** Content layer sync and type generation (loading, parsing, rendering Markdown). */
  sync: number | undefined;
  /** Vite bundling of pages and client code. */
  bundle: number | undefined;
  /** Generating the static routes (rendering every page to HTML). */
  render: number | undefined;
}

/**
 * Copies a project into `workDir/<kind>` and adds a config that keeps
 * Astro's cache inside the copy: by default it lives in node_modules/.astro,
 * which the copy shares with the project.
 */
export async function prepareProject(kind: SiteKind, workDir: string): Promise<string> {
  const dir = join(workDir, kind);
  await Promise.all([rm(dir, { recursive: true, force: true }), emptyTrash(workDir)]);
  await mkdir(dir, { recursive: true });
  if (kind === 'stock') await cp(STOCK_TEMPLATE, dir, { recursive: true });
  else for (const name of SITE_FILES) await cp(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeFile(
    join(dir, 'astro.bench.config.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.bench-cache' };\n",
  );
  return dir;
}

const astroBin = (): string => {
  const require = createRequire(join(PROJECT_ROOT, 'package.json'));
  return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
};

/** The `node-options` of the project's .npmrc, which npm passes to every script as NODE_OPTIONS; undefined if none. */
export async function npmNodeOptions(dir: string): Promise<string | undefined> {
  const npmrc = await readFile(join(dir, '.npmrc'), 'utf8').catch(() => '');
  return /^\s*node-options\s*=\s*(.+?)\s*$/m.exec(npmrc)?.[1];
}

/** Reads Astro's phase timings and page count from a build log. */
export function parseBuildLog(log: string): { pages: number; images: number; phases: BuildPhases } {
  const after = (re: RegExp) => {
    const m = re.exec(log);
    return m ? parseDuration(m[1]!) : undefined;
  };
  const pagesMatch = /(\d+) page\(s\) built/.exec(log);
  return {
    pages: pagesMatch ? Number(pagesMatch[1]) : 0,
    // Astro lists every file it renders (the site card among them); the entries' cards are written beside the pages and counted once.
    images: (log.match(/^.*\.png \(\+[\d.]+m?s\)/gm)?.length ?? 0) + Number(/preview cards: (\d+) files/.exec(log)?.[1] ?? 0),
    phases: {
      sync: after(/\[types\] Generated ((?:\d+m )?[\d.]+m?s)/),
      // The first Vite build is the pages' bundle; the second, the client's.
      bundle: after(/\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/),
      render: after(/generating static routes[\s\S]*?✓ Completed in ((?:\d+m )?[\d.]+m?s)/),
    },
  };
}

/** Seconds in an Astro or Vite duration: "640ms", "19.35s", "3m 8s". */
export function parseDuration(text: string): number | undefined {
  const m = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
  return Number(m[1] ?? 0) * 60 + value;
}

/** Where throwAway moves folders: beside the projects, on the same file system. */
const trashOf = (path: string) => join(dirname(dirname(path)), '.trash');
let thrown = 0;

/**
 * Moves a folder out of the way, to be deleted by emptyTrash once the
 * measuring is over. Deleting a build's many thousand files just before the
 * next build slowed that build on the benchmark machine: the disk was still
 * discarding the freed blocks, and the system time of identical builds rose
 * run after run (4 s to 12 s over four builds of 1,000 digests).
 */
async function throwAway(path: string): Promise<void> {
  const trash = trashOf(path);
  await mkdir(trash, { recursive: true });
  await rename(path, join(trash, `${thrown++}-${process.pid}`)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** Deletes what throwAway moved aside from projects in `workDir`; call it when every timed build is done. */
export async function emptyTrash(workDir: string): Promise<void> {
  await rm(join(workDir, '.trash'), { recursive: true, force: true });
}

/**
 * One build of the project in `dir` from `contentDir`: cold (the output, the
 * content-layer store and Astro's cache are deleted first) unless `warm`.
 */
export async function buildOnce(
  dir: string,
  contentDir: string,
  logFile: string,
  options: { env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[]; warm?: boolean } = {},
): Promise<BuildRun> {
  // A warm build keeps the previous output and Astro's cache: a rebuild as an author runs it.
  if (!options.warm) for (const name of ['dist', '.astro', '.bench-cache']) await throwAway(join(dir, name));
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...options.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
  // Node runs as `npm run build` runs it: with the node-options of the project's .npmrc (the stock blog has none), nothing from this process.
  delete childEnv.NODE_OPTIONS;
  const nodeOptions = await npmNodeOptions(dir);
  if (nodeOptions) childEnv.NODE_OPTIONS = nodeOptions;
  const args = [...(options.nodeArgs ?? []), astroBin(), 'build', '--config', 'astro.bench.config.mjs'];
  const result = await measure(process.execPath, args, { cwd: dir, env: childEnv, log: logFile });
  const log = await readFile(logFile, 'utf8');
  if (result.exitCode !== 0) {
    const tail = log.split('\n').slice(-25).join('\n');
    throw new Error(`build in ${dir} failed (exit ${result.exitCode}); log ${logFile}:\n${tail}`);
  }
  return { ms: result.ms, peakRss: result.peakRss, cpuMs: result.cpuMs, ...parseBuildLog(log), log: logFile };
}
