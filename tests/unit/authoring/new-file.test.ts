/**
 * `npm run new`: what it writes, and every request it refuses with one line
 * and no change to any file.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { AuthoringError, createContentFile, NEW_KINDS } from '../../../src/lib/authoring/new-file-fs.ts';
import { KIND_NAMES } from '../../../src/lib/kinds.ts';
import { FIXTURE_ROOT } from '../../support/content-tree.ts';

let dir: string;
let root: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-file-'));
  root = join(dir, 'content');
  cpSync(FIXTURE_ROOT, root, { recursive: true });
  writeFileSync(join(dir, 'source.txt'), 'Herald reporter\n\nThe Daily Herald says Sylvania and Freedonia signed the Test Pact on 3 March 2021. Rufus Firefly disagrees.\n');
});

/** Every file under the folder with its size and modification time, to show nothing changed. */
const snapshot = () =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => {
      const s = statSync(join(dir, f));
      return `${f} ${s.size} ${s.mtimeMs}`;
    });

const create = (request: Partial<Parameters<typeof createContentFile>[0]>) =>
  createContentFile({ kind: 'digest', id: 'fresh-digest', root, cwd: dir, ...request });

test('the kinds are the rows of the table of kinds', () => {
  expect(NEW_KINDS).toEqual(KIND_NAMES);
  expect(NEW_KINDS).toEqual(expect.arrayContaining(['digest', 'actor', 'country', 'topic', 'event', 'place', 'dispute']));
});

test('a digest from a source names the entities it found and the date it read', async () => {
  const result = await create({ from: 'source.txt' });
  expect(result.path).toBe('content/digests/fresh-digest.md');
  const text = readFileSync(join(root, 'digests/fresh-digest.md'), 'utf8');
  expect(text).toMatch(/^---\ndraft: true/);
  expect(text).toContain('file: "source.txt"');
  expect(text).toMatch(/published: "2021-03-03"\s+# to verify: line 3/);
  for (const id of ['sylvania', 'freedonia', 'test-pact', 'rufus-firefly', 'daily-herald']) expect(text).toContain(`- "${id}"`);
  expect(text).toMatch(/^# {3}rufus-firefly ×1: Rufus Firefly disagrees\.$/m);
});

test.each(NEW_KINDS.filter((k) => k !== 'digest'))('a %s skeleton is written where its kind lives', async (kind) => {
  const result = await create({ kind, id: 'fresh-entry' });
  expect(readFileSync(join(dir, result.path), 'utf8')).toMatch(/^---\ndraft: true/);
});

describe('refused, with one line and no file changed', () => {
  const cases: Array<[string, Partial<Parameters<typeof createContentFile>[0]>, RegExp, (() => void)?]> = [
    ['a missing source', { from: 'nowhere.txt' }, /source file "nowhere\.txt" not found/],
    ['a folder as source', { from: 'content' }, /is not a file/],
    ['a binary source', { from: 'binary.bin' }, /is a binary file/, () => writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))],
    ['a source that is not UTF-8', { from: 'latin1.txt' }, /is not UTF-8 text/, () => writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]))],
    ['a source over 5 MB', { from: 'big.txt' }, /5\.0 MB; files over 5 MB are refused/, () => writeFileSync(join(dir, 'big.txt'), 'a'.repeat(5 * 1024 * 1024 + 1))],
    ['a malformed id', { id: 'Fresh_Digest' }, /"Fresh_Digest" is not a valid id/],
    ['an id with a path in it', { id: '../escape' }, /is not a valid id/],
    ['an id taken in another folder', { id: 'sylvania' }, /id "sylvania" is taken by content\/countries\/sylvania\.md/],
    ['an id taken with --force', { id: 'sylvania', force: true }, /is taken by/],
    ['an existing target', { id: 'herald-pact-ready' }, /content\/digests\/herald-pact-ready\.md already exists; add --force/],
    ['an unknown kind', { kind: 'person' }, /unknown kind "person": use one of digest, country, actor/],
    ['--from for another kind', { kind: 'actor', from: 'source.txt' }, /--from makes digests only/],
  ];
  test.each(cases)('%s', async (_name, request, message, arrange) => {
    arrange?.();
    const before = snapshot();
    const error = await create(request).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AuthoringError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
    expect(snapshot()).toEqual(before);
  });

  test('--force overwrites an existing target', async () => {
    await create({ id: 'herald-pact-ready', force: true });
    expect(readFileSync(join(root, 'digests/herald-pact-ready.md'), 'utf8')).toMatch(/^---\ndraft: true/);
  });
});

test('the command prints a refusal as one line on stderr and exits 1', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(process.cwd(), 'src/cli/new.ts'), ...args, '--content', root], { cwd: dir, encoding: 'utf8' });
  const before = snapshot();
  for (const args of [['digest', 'x', '--from', 'nowhere.txt'], ['person', 'x'], ['actor'], ['actor', 'x', '--colour']]) {
    const result = run(...args);
    expect(result.status, args.join(' ')).toBe(1);
    expect(result.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    expect(result.stderr).toMatch(/^new: /);
  }
  expect(snapshot()).toEqual(before);
  const ok = run('actor', 'groucho-marx');
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain('wrote content/actors/groucho-marx.md');
}, 60_000);
