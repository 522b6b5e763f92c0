/**
 * `node bench/authoring.ts [--content DIR] [--runs N]`: how long an author
 * waits. For `npm run check -- --watch`, from saving a digest to the new
 * result printed; for `npm run dev`, from saving a digest to the open page
 * in Chromium showing the change. Works on a copy of the content tree, so
 * the tree given is never edited. Prints the median and the slowest run.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/e2e/setup/browser.ts';
import { startDevServer } from '../tests/support/dev-server.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, runs: { type: 'string', default: '7' } } });
const source = resolve(values.content);
const runs = Number(values.runs);
const digestId = readdirSync(join(source, 'digests')).sort()[0]!.replace(/\.md$/, '');
const retitle = (text: string, title: string) => text.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = (name: string, ms: number[]) => console.log(`${name}: median ${Math.round(median(ms))} ms, slowest ${Math.round(Math.max(...ms))} ms over ${ms.length} saves`);

async function watchLatency(): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-watch-'));
  const content = join(dir, 'content');
  cpSync(source, content, { recursive: true });
  const file = join(content, `digests/${digestId}.md`);
  const original = readFileSync(file, 'utf8');
  const child = spawn(process.execPath, ['src/cli/check.ts', '--watch', '--content', content]);
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise((r) => setTimeout(r, 2));
  };
  await until(() => /content OK|problems? found/.test(output));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const from = output.length;
    const started = performance.now();
    writeFileSync(file, retitle(original, `Watch run ${i}`));
    await until(() => /changed; checked in[\s\S]*?(content OK|problems? found)/.test(output.slice(from)));
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill();
  rmSync(dir, { recursive: true, force: true });
  return times;
}

async function devLatency(): Promise<number[]> {
  const [server, browser] = await Promise.all([startDevServer(source), launchChromium()]);
  try {
    const file = join(server.content, `digests/${digestId}.md`);
    const original = readFileSync(file, 'utf8');
    const page = await browser.newPage();
    await page.goto(`${server.url}/digests/${digestId}/`, { timeout: 120_000 });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const title = `Dev run ${i}`;
      const started = performance.now();
      writeFileSync(file, retitle(original, title));
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.includes(t), title, { timeout: 60_000, polling: 20 });
      times.push(performance.now() - started);
      await page.waitForTimeout(500);
    }
    return times;
  } finally {
    await browser.close();
    await server.stop();
  }
}

console.log(`${source}: ${readdirSync(join(source, 'digests')).length} digests; editing ${digestId}`);
summary('check --watch, save to result', await watchLatency());
summary('dev, save to page', await devLatency());
