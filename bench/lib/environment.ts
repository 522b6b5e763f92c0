/** The machine and software a benchmark ran on, for the report. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';

export interface Environment {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  /** V8's default old-space limit for this machine, which builds run under. */
  heapLimitMb: number;
  astro: string;
  pagefind: string;
  chromium: string;
}

const versionOf = (projectRoot: string, pkg: string) => {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
};

export function describeEnvironment(projectRoot: string): Environment {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown.
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
    astro: versionOf(projectRoot, 'astro'),
    pagefind: versionOf(projectRoot, 'pagefind'),
    chromium,
  };
}

/** The 1-minute load average: other work on the machine skews every figure. */
export const load = (): number => Math.round(loadavg()[0]! * 100) / 100;
