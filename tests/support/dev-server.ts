/**
 * `astro dev` over a copy of a content tree (CONTENT_DIR), on a free port,
 * for tests that edit content and watch what the author would see.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** This process's environment without the test runner's marks: Astro's dev server serves no pages when it sees VITEST. */
function parentEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST'));
}

export interface DevServer {
  url: string;
  /** The copy of the content the server reads. */
  content: string;
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `astro dev` on a copy of `from` (default: the real content), or on
 * the tree `serve` itself, and waits until it serves.
 */
export async function startDevServer(from = join(ROOT, 'content'), { serve }: { serve?: string } = {}): Promise<DevServer> {
  const dir = serve ? undefined : mkdtempSync(join(tmpdir(), 'dev-content-'));
  const content = serve ?? join(dir!, 'content');
  if (dir) cpSync(from, content, { recursive: true });
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...parentEnv(), NODE_ENV: 'development', CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    detached: true,
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`astro dev did not serve within 60 s:\n${output}`);
    const ok = await fetch(`${url}/`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    content,
    output: () => output,
    stop: async () => {
      // The dev server starts workers of its own: stop the whole group it leads.
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        process.kill(-child.pid!, 'SIGTERM');
        await exited;
      }
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
