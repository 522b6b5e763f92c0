/**
 * A static file server for built sites, compressing text with gzip the way a
 * production host would, so bytes counted in the browser are transfer sizes.
 * Extra in-memory pages (the Pagefind harness) can be mounted beside the site.
 * A host compresses a file once and serves that copy from then on; `warm`
 * does that ahead for whole folders, so a timed request never waits on the
 * server compressing on a CPU the browser needs.
 */
import { createServer, type Server } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface StaticServer {
  url: string;
  /**
   * Response body bytes sent since the server started. Counted here rather
   * than in the browser, which does not report requests made by workers.
   */
  bytesSent(): number;
  /** Reads and compresses every file under these folders of the site now, as a host that has served them before has; returns how many. */
  warm(folders: readonly string[]): Promise<number>;
  /** Every response since the last call: path, content type and body bytes sent. */
  takeLog(): ServedFile[];
  close(): Promise<void>;
}

export interface ServedFile {
  path: string;
  type: string;
  bytes: number;
}

/** A page served from memory, e.g. `/__bench/pagefind/`. */
export interface VirtualFile {
  type: string;
  body: string;
}

export async function serveStatic(root: string, virtual: ReadonlyMap<string, VirtualFile> = new Map()): Promise<StaticServer> {
  const cache = new Map<string, { body: Buffer; gzip: boolean; type: string }>();
  const load = async (path: string) => {
    const cached = cache.get(path);
    if (cached) return cached;
    const ext = extname(path);
    const raw = await readFile(path);
    const gzip = COMPRESSIBLE.has(ext);
    const entry = { body: gzip ? gzipSync(raw, { level: 6 }) : raw, gzip, type: TYPES[ext] ?? 'application/octet-stream' };
    cache.set(path, entry);
    return entry;
  };

  let sent = 0;
  let log: ServedFile[] = [];
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = virtual.get(pathname);
    if (page) {
      res.writeHead(200, { 'Content-Type': page.type, 'Cache-Control': 'no-store' });
      sent += Buffer.byteLength(page.body);
      log.push({ path: pathname, type: page.type, bytes: Buffer.byteLength(page.body) });
      res.end(page.body);
      return;
    }
    let file = join(root, normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const entry = await load(file);
      res.writeHead(200, {
        'Content-Type': entry.type,
        'Content-Length': entry.body.length,
        'Cache-Control': 'no-store',
        ...(entry.gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      sent += entry.body.length;
      log.push({ path: pathname, type: entry.type, bytes: entry.body.length });
      res.end(entry.body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('server has no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    bytesSent: () => sent,
    warm: async (folders) => {
      let files = 0;
      for (const folder of folders) {
        const entries = await readdir(join(root, folder), { recursive: true, withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
          if (!entry.isFile()) continue;
          await load(join(entry.parentPath, entry.name));
          files++;
        }
      }
      return files;
    },
    takeLog: () => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
