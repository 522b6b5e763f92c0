import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createCorpusCache, parseCorpus, type RenderedBody, type StoredBody } from '../../src/lib/corpus.ts';
import { renderStore } from '../../src/lib/render-store-fs.ts';
import { contentTree, edit } from '../support/content-tree.ts';

const files = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

const body: RenderedBody = {
  links: ['freedonia'],
  targets: '[]',
  rendered: { html: '<p>x</p>', headings: [], entityLinks: [], mentions: [], refusedMarkup: [] },
};

/** A stored body as it was given: its HTML read back. */
const readBack = (stored: StoredBody | undefined) => stored && { links: stored.links, targets: stored.targets, rendered: { ...stored.rendered, html: stored.html() } };

test('a stored body reads back; another pipeline version does not see it and clears it away', () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-store-'));
  renderStore(dir, 'v1').set('key', body);
  expect(readBack(renderStore(dir, 'v1').get('key'))).toEqual(body);
  expect(renderStore(dir, 'v1').get('other key')).toBeUndefined();
  expect(renderStore(dir, 'v2').get('key')).toBeUndefined();
  expect(readdirSync(dir)).not.toContain('v1');
});

test.each([
  ['cut short', (text: string) => text.slice(0, text.length / 2)],
  ['not a rendered body', () => '{"links": "no"}'],
  ['empty', () => ''],
])('a damaged entry (%s) is a miss and is deleted', (_name, damage) => {
  const dir = mkdtempSync(join(tmpdir(), 'render-store-'));
  const store = renderStore(dir, 'v1');
  store.set('key', body);
  const [file] = files(dir);
  writeFileSync(file!, damage(JSON.stringify(body)));
  expect(store.get('key')).toBeUndefined();
  expect(files(dir)).toEqual([]);
});

test.each([
  ['cut short', (text: string) => text.slice(0, -3)],
  ['changed', (text: string) => text.replace('<p>x</p>', '<p>y</p>')],
])('an entry whose HTML is damaged (%s) gives no HTML, and is deleted', (_name, damage) => {
  const dir = mkdtempSync(join(tmpdir(), 'render-store-'));
  const store = renderStore(dir, 'v1');
  store.set('key', body);
  const [file] = files(dir);
  writeFileSync(file!, damage(readFileSync(file!, 'utf8')));
  const stored = store.get('key');
  expect(stored?.rendered.mentions).toEqual([]);
  expect(stored!.html()).toBeUndefined();
  expect(files(dir)).toEqual([]);
});

test('HTML damaged after its entry was read is rendered again when shown, the same, and stored whole again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-store-'));
  const htmlOf = (corpus: ReturnType<typeof parseCorpus>['corpus']) => Object.values(corpus).flat().map((entry) => entry.rendered.html);
  const first = parseCorpus(contentTree(), createCorpusCache(renderStore(dir, 'v1')));
  const again = parseCorpus(contentTree(), createCorpusCache(renderStore(dir, 'v1')));
  // The parse read no HTML yet: damage every entry's now.
  for (const file of files(dir)) writeFileSync(file, `${readFileSync(file, 'utf8')}<script>damage</script>`);
  expect(htmlOf(again.corpus)).toEqual(htmlOf(first.corpus));
  for (const file of files(dir)) expect(readFileSync(file, 'utf8')).not.toContain('damage');
});

test('a second parse in a new process renders nothing again, and an edit renders only what it touched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-store-'));
  const first = parseCorpus(contentTree(), createCorpusCache(renderStore(dir, 'v1')));
  expect(first.issues).toEqual([]);
  const stored = files(dir).length;
  expect(stored).toBeGreaterThan(0);

  // A new cache (as in a new build) over the same store: every body comes from disk.
  const counting = renderStore(dir, 'v1');
  let writes = 0;
  const spy = { get: counting.get, set: (k: string, v: RenderedBody) => (writes++, counting.set(k, v)) };
  const second = parseCorpus(contentTree(), createCorpusCache(spy));
  expect(writes).toBe(0);
  expect(second.corpus.digest.map((d) => d.rendered.html)).toEqual(first.corpus.digest.map((d) => d.rendered.html));

  // Renaming an entity renders again the bodies that link it, with the new name.
  writes = 0;
  const renamed = parseCorpus(contentTree(edit('countries/sylvania.md', 'name: Sylvania', 'name: Sylvania Republic')), createCorpusCache(spy));
  expect(writes).toBeGreaterThan(0);
  expect(writes).toBeLessThan(stored);
  const html = renamed.corpus.digest.find((d) => d.id === 'herald-border-crisis')!.rendered.html;
  expect(html).toContain('Sylvania Republic');
});
