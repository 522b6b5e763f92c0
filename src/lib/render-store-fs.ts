/**
 * Node-only: rendered bodies kept on disk between builds, in the build's
 * cache folder. An entry is found by a hash of the body (and where it
 * stands) together with the version of the Markdown pipeline: our plugins'
 * source and the versions of the unified packages. A change to either is a
 * miss, never a stale hit. An entry that cannot be read back whole is
 * deleted and rendered again; entries are written to a temporary name and
 * renamed, so a build stopped mid-write leaves no half entry.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RenderedBody, RenderStore } from './corpus.ts';

/** Packages that read front matter or render bodies. */
const PIPELINE_PACKAGES = [
  'gray-matter', 'js-yaml', 'yaml', 'zod',
  'unified', 'remark-parse', 'remark-gfm', 'remark-rehype', 'rehype-sanitize', 'rehype-slug', 'rehype-stringify',
  'mdast-util-to-string', 'hast-util-to-string', 'unist-util-visit', 'unist-util-visit-parents',
];

/**
 * A hash of everything that decides how front matter is read and a body
 * renders, besides the text itself and a body's link targets, read from the
 * project's sources (so it is taken before bundling, by the Astro config,
 * and handed to the build). Stored front matter (front-matter-store-fs.ts)
 * lives in the same versioned folder.
 */
export function pipelineVersion(projectRoot: string): string {
  const hash = createHash('sha256');
  const lib = join(projectRoot, 'src', 'lib');
  const inFolder = (folder: string) => readdirSync(join(lib, folder)).sort().map((name) => join(lib, folder, name));
  const sources = [...['corpus.ts', 'front-matter.ts', 'kinds.ts', 'schema-shape.ts'].map((name) => join(lib, name)), ...inFolder('schema'), ...inFolder('markdown')];
  for (const file of sources) hash.update(readFileSync(file));
  const require = createRequire(join(projectRoot, 'package.json'));
  for (const name of PIPELINE_PACKAGES) {
    try {
      hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}`);
    } catch {
      hash.update(`${name}@unresolved`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Does `value` have the shape of a stored body? Anything else is a damaged entry. */
function isRenderedBody(value: unknown): value is RenderedBody {
  const body = value as RenderedBody;
  return (
    typeof body === 'object' && body !== null &&
    Array.isArray(body.links) && typeof body.targets === 'string' &&
    typeof body.rendered?.html === 'string' && Array.isArray(body.rendered.entityLinks) &&
    Array.isArray(body.rendered.mentions) && Array.isArray(body.rendered.headings) && Array.isArray(body.rendered.refusedMarkup)
  );
}

/** A store in `dir`; entries of another pipeline version are never read, and are removed. */
export function renderStore(dir: string, version: string): RenderStore {
  const root = join(dir, version);
  try {
    for (const old of readdirSync(dir)) if (old !== version) rmSync(join(dir, old), { recursive: true, force: true });
  } catch {
    // No folder yet.
  }
  const path = (key: string) => {
    const name = createHash('sha256').update(key).digest('hex');
    return join(root, name.slice(0, 2), `${name}.json`);
  };
  return {
    get(key) {
      const file = path(key);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
      try {
        const value: unknown = JSON.parse(text);
        if (isRenderedBody(value)) return value;
      } catch {
        // Fall through: a damaged entry.
      }
      rmSync(file, { force: true });
      return undefined;
    },
    set(key, value) {
      const file = path(key);
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(value));
      renameSync(temporary, file);
    },
  };
}
