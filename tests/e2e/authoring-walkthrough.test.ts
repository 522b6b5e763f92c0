/**
 * The five-minute walkthrough at the top of docs/AUTHORING.md, done as an
 * author would on a copy of the content: its commands, read from the page
 * itself, and its steps, from scaffold to published page.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DevServer, startDevServer } from '../support/dev-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const guide = readFileSync(join(ROOT, 'docs/AUTHORING.md'), 'utf8');
const section = guide.slice(guide.indexOf('## Five minutes'));
const commands = /```sh\n([\s\S]*?)```/.exec(section)![1]!.trim().split('\n');
const dir = mkdtempSync(join(tmpdir(), 'walkthrough-'));
const content = join(dir, 'content');
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
  CONTENT_DIR: content,
  NO_COLOR: '1',
};
const run = (command: string) => spawnSync('sh', ['-c', command], { cwd: ROOT, env, encoding: 'utf8' });

let server: DevServer | undefined;
beforeAll(() => cpSync(join(ROOT, 'content'), content, { recursive: true }));
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the walkthrough has the three commands it describes', () => {
  expect(commands).toHaveLength(3);
  expect(commands[0]).toMatch(/^npm run new -- digest [a-z0-9-]+ --from \S+$/);
  expect(commands.slice(1)).toEqual(['npm run check -- --watch', 'npm run dev']);
});

const id = commands[0]!.split(' ')[5]!;
const file = join(content, `digests/${id}.md`);

test('1. the scaffold command writes a draft that checks clean', () => {
  const scaffold = run(commands[0]!);
  expect(scaffold.status, scaffold.stderr).toBe(0);
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^---\ndraft: true/);
  expect(text).toContain('kassym-jomart-tokayev');
  const check = run('npm run check');
  expect(check.status, check.stderr).toBe(0);
  expect(check.stdout).toContain('1 draft (not published)');
}, 60_000);

test('2. the watching checker reports a save', async () => {
  const child = spawn('sh', ['-c', `exec ${commands[1]!}`], { cwd: ROOT, env, detached: true });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const until = async (pattern: RegExp) => {
    for (let waited = 0; !pattern.test(output); waited += 20) {
      if (waited > 30_000) throw new Error(`no ${pattern} in:\n${output}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  try {
    await until(/content OK/);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "TODO: our headline"'));
    await until(new RegExp(`digests/${id}\\.md changed[^\\n]*\\ncontent OK`));
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
  }
}, 60_000);

test('3. and 4. written and published, the page appears under npm run dev', async () => {
  // `npm run dev` itself, on a free port instead of 4321.
  server = await startDevServer(undefined, { serve: content });
  const page = () => fetch(`${server!.url}/digests/${id}/`);
  expect((await page()).status).toBe(404);

  // What the author writes: every TODO replaced, the comment block gone, the draft line deleted.
  const written = readFileSync(file, 'utf8')
    .replace(/^draft: true.*\n/m, '')
    .replace(/^title: .*$/m, 'title: "Why Beijing sent no troops to Kazakhstan"')
    .replace(/^summary: .*$/m, 'summary: "An explainer on why China backed Kazakhstan with words, not soldiers."')
    .replace(/^ {2}headline: .*$/m, '  headline: "Why didn\'t China send troops to aid Kazakhstan?"')
    .replace(/^ {2}published: .*$/m, '  published: "2022-01-13"')
    .replace(/^ {2}kind: .*$/m, '  kind: "reworded-copy"')
    .replace(/^ {2}outlet: .*$/m, '  outlet: "Associated Press"')
    .replace(/^#.*\n/gm, '')
    .replace(/^TODO.*$/m, 'Beijing backed the government of [[kazakhstan]] with statements rather than troops.');
  writeFileSync(file, written);
  const check = run('npm run check');
  expect(check.status, check.stderr).toBe(0);
  expect(check.stdout).not.toContain('draft');

  for (let waited = 0; (await page()).status !== 200; waited += 100) {
    if (waited > 20_000) throw new Error(`the published page did not appear:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const html = await (await page()).text();
  expect(html).toContain('Why Beijing sent no troops to Kazakhstan');
  expect(html).toContain('href="/countries/kazakhstan/"');
}, 120_000);
