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
import type { RenderStore, StoredBody } from './corpus.ts';

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
  // The stores' own code too: it decides how entries are written.
  const sources = [
    ...['corpus.ts', 'front-matter.ts', 'kinds.ts', 'schema-shape.ts', 'render-store-fs.ts', 'front-matter-store-fs.ts'].map((name) => join(lib, name)),
    ...inFolder('schema'),
    ...inFolder('markdown'),
  ];
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

/** What an entry's first line holds: the render but its HTML, and a hash of the HTML that follows the line. */
interface EntryHead extends Omit<StoredBody, 'html'> {
  html: string;
}

/** Does `value` have the shape of an entry's first line? Anything else is a damaged entry. */
function isEntryHead(value: unknown): value is EntryHead {
  const head = value as EntryHead;
  return (
    typeof head === 'object' && head !== null &&
    Array.isArray(head.links) && typeof head.targets === 'string' && typeof head.html === 'string' &&
    typeof head.rendered === 'object' && head.rendered !== null && Array.isArray(head.rendered.entityLinks) &&
    Array.isArray(head.rendered.mentions) && Array.isArray(head.rendered.headings) && Array.isArray(head.rendered.refusedMarkup)
  );
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * A store in `dir`; entries of another pipeline version are never read, and
 * are removed. An entry is one file: a line of JSON with all of the render
 * but its HTML, then the HTML as it is. A read parses the line; the HTML is
 * read again, and checked against its hash in the line, only when asked for.
 */
export function renderStore(dir: string, version: string): RenderStore {
  const root = join(dir, version);
  try {
    for (const old of readdirSync(dir)) if (old !== version) rmSync(join(dir, old), { recursive: true, force: true });
  } catch {
    // No folder yet.
  }
  const path = (key: string) => {
    const name = createHash('sha256').update(key).digest('hex');
    return join(root, name.slice(0, 2), `${name}.entry`);
  };
  const read = (file: string) => {
    try {
      return readFileSync(file);
    } catch {
      return undefined;
    }
  };
  const NEWLINE = 0x0a;
  return {
    get(key) {
      const file = path(key);
      const bytes = read(file);
      if (!bytes) return undefined;
      const newline = bytes.indexOf(NEWLINE);
      let head: unknown;
      try {
        head = newline < 0 ? undefined : JSON.parse(bytes.toString('utf8', 0, newline));
      } catch {
        // Fall through: a damaged entry.
      }
      if (!isEntryHead(head)) {
        rmSync(file, { force: true });
        return undefined;
      }
      const { html: expected, ...stored } = head;
      return {
        ...stored,
        html() {
          const again = read(file);
          const at = again?.indexOf(NEWLINE) ?? -1;
          const html = again && at >= 0 ? again.toString('utf8', at + 1) : undefined;
          if (html !== undefined && hashOf(html) === expected) return html;
          rmSync(file, { force: true });
          return undefined;
        },
      };
    },
    set(key, { links, targets, rendered: { html, ...rest } }) {
      const file = path(key);
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      const head: EntryHead = { links, targets, rendered: rest, html: hashOf(html) };
      writeFileSync(temporary, `${JSON.stringify(head)}\n${html}`);
      renameSync(temporary, file);
    },
  };
}
