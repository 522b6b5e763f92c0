/**
 * Vitest global setup: every temporary folder a test run makes (the tests',
 * the builds they start, the browser's) goes under one folder of its own,
 * through TMPDIR, which Node's os.tmpdir() and child processes read. The
 * folder is removed when the run ends, so no run leaves anything behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'site-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
