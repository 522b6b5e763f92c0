/**
 * Runs a command and measures it: wall time, CPU time, and the peak resident
 * memory of its whole process tree (Astro starts esbuild and worker processes,
 * so the node process alone undercounts). Linux only: both are read from /proc.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

export interface Measured {
  /** Wall time in milliseconds. */
  ms: number;
  /** Highest sum of RSS over the process tree, in bytes, sampled every 50 ms. */
  peakRss: number;
  /**
   * CPU time (user + system, every thread) of the process tree in
   * milliseconds, as last sampled: it hardly depends on how busy the
   * machine is, where wall time does.
   */
  cpuMs: number;
  exitCode: number | null;
}

const PAGE_SIZE = 4096;
/** Kernel clock ticks per second, in which /proc reports CPU time. */
const TICKS_PER_SECOND = 100;

/** Parent pid and RSS (bytes) of every process, from /proc/<pid>/stat. */
async function processTable(): Promise<Map<number, { ppid: number; rss: number; cpuMs: number }>> {
  const table = new Map<number, { ppid: number; rss: number; cpuMs: number }>();
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    pids.map(async (pid) => {
      try {
        const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
        // The command name is in parentheses and may contain spaces: split after it.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime, stime, and the same of children already waited for.
        const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
        table.set(Number(pid), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE, cpuMs: (ticks * 1000) / TICKS_PER_SECOND });
      } catch {
        // The process ended between readdir and readFile.
      }
    }),
  );
  return table;
}

/** Sums of RSS and of CPU time of `root` and all its descendants. */
export async function treeUsage(root: number): Promise<{ rss: number; cpuMs: number }> {
  const table = await processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const total = { rss: 0, cpuMs: 0 };
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total.rss += table.get(pid)?.rss ?? 0;
    total.cpuMs += table.get(pid)?.cpuMs ?? 0;
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
    let cpuMs = 0;
    let sampling = false;
    const timer = setInterval(() => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      treeUsage(child.pid)
        .then((usage) => {
          peakRss = Math.max(peakRss, usage.rss);
          cpuMs = Math.max(cpuMs, usage.cpuMs);
        })
        .finally(() => (sampling = false));
    }, 50);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      log.end(() => resolve({ ms, peakRss, cpuMs, exitCode }));
    });
  });
}
