/** When a build may keep the previous build's output folder (src/lib/kept-output-fs.ts), and what it removes. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { finishOutDir, prepareOutDir, snapshot } from '../../src/lib/kept-output-fs.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** An output folder with two pages and a script, Astro's manifest listing the pages, and the record a finished build leaves. */
function builtSite() {
  const root = mkdtempSync(join(tmpdir(), 'kept-output-'));
  roots.push(root);
  const outDir = join(root, 'dist');
  const record = join(root, 'record.json');
  const manifest = join(root, 'manifest.json');
  const write = (name: string, text: string) => {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), text);
  };
  write('a/index.html', 'page a');
  write('b/index.html', 'page b');
  write('_astro/app.js', 'script');
  const pages = (...names: string[]) =>
    JSON.stringify({ routes: { 'src/pages/[id].astro': { paths: Object.fromEntries(names.map((n) => [`/${n}`, { outputFile: n }])) } } });
  writeFileSync(manifest, pages('a/index.html', 'b/index.html'));
  finishOutDir(outDir, record, manifest, undefined, new Set(['a/index.html', 'b/index.html']));
  return { outDir, record, manifest, write, pages };
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

test('an untouched folder is kept: its pages stay, everything the build writes anew goes', () => {
  const { outDir, record, manifest } = builtSite();
  expect(prepareOutDir(outDir, record, manifest)).toEqual({ kept: new Set(['a/index.html', 'b/index.html']), inPlace: new Map(), before: expect.any(Object) });
  expect(files(outDir)).toEqual(['a', 'a/index.html', 'b', 'b/index.html']);
  // The record is gone until the build finishes: a build that stops half way leaves none.
  expect(existsSync(record)).toBe(false);
});

test('a page the next build no longer outputs is removed, with its folder', () => {
  const { outDir, record, manifest, pages } = builtSite();
  const prepared = prepareOutDir(outDir, record, manifest);
  writeFileSync(manifest, pages('a/index.html'));
  finishOutDir(outDir, record, manifest, 'kept' in prepared ? prepared : undefined, new Set(['a/index.html']));
  expect(files(outDir)).toEqual(['a', 'a/index.html']);
  expect(prepareOutDir(outDir, record, manifest)).toHaveProperty('kept');
});

test.each([
  ['a file added by hand', (s: ReturnType<typeof builtSite>) => s.write('c/index.html', 'stray'), 'files in it changed after that build'],
  ['a page changed by hand', (s: ReturnType<typeof builtSite>) => s.write('a/index.html', 'page a, changed'), 'files in it changed after that build'],
  ['a file added beside a page', (s: ReturnType<typeof builtSite>) => s.write('a/notes.txt', 'stray'), 'files in it changed after that build'],
  ['an empty folder added', (s: ReturnType<typeof builtSite>) => mkdirSync(join(s.outDir, 'b', 'drafts')), 'files in it changed after that build'],
  ['a page deleted by hand', (s: ReturnType<typeof builtSite>) => rmSync(join(s.outDir, 'b', 'index.html')), 'files in it changed after that build'],
  ['another manifest', (s: ReturnType<typeof builtSite>) => writeFileSync(s.manifest, s.pages('a/index.html')), 'the incremental cache is not the one that build left'],
  ['a damaged manifest', (s: ReturnType<typeof builtSite>) => writeFileSync(s.manifest, '{"routes": {'), 'the incremental cache cannot be read'],
  ['a damaged record', (s: ReturnType<typeof builtSite>) => writeFileSync(s.record, '{"outDir": 1}'), 'no record of the previous build'],
  ['no record', (s: ReturnType<typeof builtSite>) => rmSync(s.record), 'no record of the previous build'],
  [
    'a record that names no copies',
    (s: ReturnType<typeof builtSite>) => writeFileSync(s.record, JSON.stringify({ ...JSON.parse(readFileSync(s.record, 'utf8')), copies: undefined })),
    'no record of the previous build',
  ],
])('%s empties the folder, as Astro would', (_, change, reason) => {
  const site = builtSite();
  change(site);
  expect(prepareOutDir(site.outDir, site.record, site.manifest)).toEqual({ emptied: reason });
  expect(files(site.outDir)).toEqual([]);
});

test('copies of cache files are kept with the folder and named as in place; one the next build does not offer again is removed', () => {
  const { outDir, record, manifest, write } = builtSite();
  prepareOutDir(outDir, record, manifest);
  write('og/a.png', 'card a');
  write('og/b.png', 'card b');
  const copies = [
    { output: 'og/a.png', source: '/cache/1.png' },
    { output: 'og/b.png', source: '/cache/2.png' },
  ];
  finishOutDir(outDir, record, manifest, undefined, new Set(['a/index.html', 'b/index.html', 'og/a.png', 'og/b.png']), copies);

  const prepared = prepareOutDir(outDir, record, manifest);
  expect(prepared).toEqual({
    kept: new Set(['a/index.html', 'b/index.html', 'og/a.png', 'og/b.png']),
    inPlace: new Map([['og/a.png', '/cache/1.png'], ['og/b.png', '/cache/2.png']]),
    before: expect.any(Object),
  });
  finishOutDir(outDir, record, manifest, 'kept' in prepared ? prepared : undefined, new Set(['a/index.html', 'b/index.html', 'og/a.png']), copies.slice(0, 1));
  expect(files(outDir)).toEqual(['a', 'a/index.html', 'b', 'b/index.html', 'og', 'og/a.png']);
  expect(prepareOutDir(outDir, record, manifest)).toHaveProperty('inPlace', new Map([['og/a.png', '/cache/1.png']]));
});


test('a snapshot taken with the one before the build lists what a fresh walk lists, whatever the build changed', () => {
  const { outDir, write } = builtSite();
  write('c/d/index.html', 'page d');
  const before = snapshot(outDir);
  // Rewritten in place (its folder's time stays), added beside others, added in a new folder, removed.
  write('a/index.html', 'page a, rendered again and longer');
  write('b/notes.txt', 'new');
  write('e/index.html', 'page e');
  rmSync(join(outDir, 'c', 'd', 'index.html'));
  expect(snapshot(outDir, before)).toEqual(snapshot(outDir));
  expect(Object.keys(snapshot(outDir, before).files).sort()).toEqual(['_astro/app.js', 'a/index.html', 'b/index.html', 'b/notes.txt', 'e/index.html']);
});
