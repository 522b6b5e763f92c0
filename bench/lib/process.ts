/**
 * Runs a command and measures it: wall time, and the peak resident memory of
 * its whole process tree (Astro starts esbuild and worker processes, so the
 * node process alone undercounts). Linux only: memory is read from /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

export interface Measured {
  /** Wall time in milliseconds. */
  ms: number;
  /** Highest sum of RSS over the process tree, in bytes, sampled every 50 ms. */
  peakRss: number;
  exitCode: number | null;
}

const PAGE_SIZE = 4096;

/** Parent pid and RSS (bytes) of every process, from /proc/<pid>/stat. */
async function processTable(): Promise<Map<number, { ppid: number; rss: number }>> {
  const table = new Map<number, { ppid: number; rss: number }>();
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        // The command name is in parentheses and may contain spaces: split after it.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        table.set(Number(pid), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE });
      } catch {
        // The process ended between readdir and readFile.
      }
    }),
  );
  return table;
}

/** Sum of RSS of `root` and all its descendants. */
export async function treeRss(root: number): Promise<number> {
  const table = await processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** File that receives stdout and stderr. */
  log: string;
}

/** Runs `command args`, sampling its tree's memory until it exits. */
export function measure(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.log);
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peakRss = 0;
    let sampling = false;
    const timer = setInterval(() => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      treeRss(child.pid)
        .then((rss) => (peakRss = Math.max(peakRss, rss)))
        .finally(() => (sampling = false));
    }, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      log.end(() => resolve({ ms, peakRss, exitCode }));
    });
  });
}
