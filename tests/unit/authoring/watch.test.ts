/**
 * `npm run check -- --watch` on a copy of the real content: each save is
 * reported within a second, including saves by rename as editors do them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'check-watch-'));
const content = join(dir, 'content');
const digest = join(content, 'digests/ap-why-china-did-not-send-troops-2022.md');
let child: ChildProcess;
let output = '';

/** Resolves with the milliseconds until the output (after `from`) matches `pattern`. */
function waitFor(pattern: RegExp, from: number, timeout = 10_000): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (pattern.test(output.slice(from))) {
        clearInterval(poll);
        resolve(performance.now() - start);
      } else if (performance.now() - start > timeout) {
        clearInterval(poll);
        reject(new Error(`no ${pattern} within ${timeout} ms; output:\n${output.slice(from)}`));
      }
    }, 5);
  });
}

beforeAll(async () => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  child = spawn(process.execPath, [join(ROOT, 'src/cli/check.ts'), '--watch', '--content', content], { cwd: dir });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(/content OK/, 0, 20_000);
}, 30_000);

afterAll(() => {
  child.kill();
  rmSync(dir, { recursive: true, force: true });
});

const original = () => readFileSync(join(ROOT, 'content/digests/ap-why-china-did-not-send-troops-2022.md'), 'utf8');

test('a save that breaks a reference is reported within a second, with the alias hint', async () => {
  const from = output.length;
  writeFileSync(digest, original().replace('  - "kazakhstan"\n', '  - "kirghizia"\n'));
  const ms = await waitFor(/countries\[0\]: unknown country "kirghizia" \(did you mean "kyrgyzstan"\?\)/, from);
  expect(ms).toBeLessThan(1000);
});

test('a save by rename that fixes it is reported within a second', async () => {
  const from = output.length;
  writeFileSync(`${digest}.tmp`, original());
  renameSync(`${digest}.tmp`, digest);
  const ms = await waitFor(/content OK/, from);
  expect(ms).toBeLessThan(1000);
});

test('a new file and its removal are both seen', async () => {
  let from = output.length;
  writeFileSync(join(content, 'actors/new-person.md'), '---\ndraft: true\nname: New Person\nsummary: "TODO"\nkind: person\n---\nTODO\n');
  await waitFor(/actors\/new-person\.md changed[^\n]*\ncontent OK: .*1 draft/, from);
  from = output.length;
  rmSync(join(content, 'actors/new-person.md'));
  await waitFor(/actors\/new-person\.md changed[^\n]*\ncontent OK: [^\n]*disputes\n/, from);
});
