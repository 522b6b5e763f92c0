/** Valid front matter kept between builds (src/lib/front-matter-store-fs.ts): the same corpus, with no YAML read again. */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createCorpusCache, type FrontMatterStore, parseCorpus } from '../../src/lib/corpus.ts';
import { frontMatterStore } from '../../src/lib/front-matter-store-fs.ts';
import { contentTree, edit } from '../support/content-tree.ts';

/** A store that counts what it is asked and given. */
function counted(store: FrontMatterStore) {
  const counts = { hits: 0, sets: 0 };
  const spy: FrontMatterStore = {
    get: (kind, text) => {
      const data = store.get(kind, text);
      if (data) counts.hits++;
      return data;
    },
    set: (kind, text, data) => (counts.sets++, store.set(kind, text, data)),
  };
  return { spy, counts };
}

const newStore = () => join(mkdtempSync(join(tmpdir(), 'front-matter-store-')), 'front-matter');
/** The store's files, by name. */
const storeFiles = (dir: string) => readdirSync(dir).sort();

/** A store file saved after parsing the test corpus, as a first build leaves it; and that parse. */
function primedStore() {
  const file = newStore();
  const store = frontMatterStore(file);
  const fresh = parseCorpus(contentTree(), createCorpusCache(undefined, store));
  store.save();
  return { file, fresh };
}

test('a second parse in a new process reads no YAML and gives the same corpus, to the last key', () => {
  const { file, fresh } = primedStore();
  expect(fresh.issues).toEqual([]);

  const { spy, counts } = counted(frontMatterStore(file));
  const again = parseCorpus(contentTree(), createCorpusCache(undefined, spy));
  expect(counts.sets).toBe(0);
  expect(counts.hits).toBe(Object.values(fresh.corpus).flat().length);
  expect(again.corpus).toStrictEqual(fresh.corpus);
  expect(again.issues).toEqual([]);
});

test('an edited file is read again; a file with a problem is reported every time, never kept', () => {
  const { file } = primedStore();

  const { spy, counts } = counted(frontMatterStore(file));
  const renamed = parseCorpus(contentTree(edit('countries/sylvania.md', 'name: Sylvania', 'name: Sylvania Republic')), createCorpusCache(undefined, spy));
  expect(counts.sets).toBe(1);
  expect(renamed.corpus.country.find((c) => c.id === 'sylvania')!.data.name).toBe('Sylvania Republic');

  const broken = contentTree(edit('countries/sylvania.md', 'name: Sylvania', 'name: Sylvania\nnot_a_field: 1'));
  for (let run = 0; run < 2; run++) {
    const store = frontMatterStore(file);
    const { issues } = parseCorpus(broken, createCorpusCache(undefined, store));
    expect(issues).toEqual([expect.objectContaining({ field: 'not_a_field', message: 'unknown field' })]);
    store.save();
  }
});

test('a kept front matter still has its body checked: a placeholder line added to it is reported', () => {
  const { file } = primedStore();

  const { spy, counts } = counted(frontMatterStore(file));
  const { issues } = parseCorpus(contentTree(edit('countries/sylvania.md', 'A neighbour of', 'TODO say more.\nA neighbour of')), createCorpusCache(undefined, spy));
  expect(counts.sets).toBe(0);
  expect(issues).toEqual([expect.objectContaining({ field: 'body', message: expect.stringMatching(/^placeholder line/) })]);
});

test.each([
  ['cut short', (text: string) => text.slice(0, text.length / 2)],
  ['changed by hand', (text: string) => text.replace(/}$/, ',"changed-by-hand":{}}')],
  ['empty', () => ''],
])('damaged files (%s) are ignored: their entries are read again, with the right result', (_name, damage) => {
  const { file: dir, fresh } = primedStore();
  for (const name of storeFiles(dir)) writeFileSync(join(dir, name), damage(readFileSync(join(dir, name), 'utf8')));

  const store = frontMatterStore(dir);
  const { spy, counts } = counted(store);
  const again = parseCorpus(contentTree(), createCorpusCache(undefined, spy));
  expect(counts.hits).toBe(0);
  expect(again.corpus).toStrictEqual(fresh.corpus);
  store.save();
  for (const name of storeFiles(dir)) expect(readFileSync(join(dir, name), 'utf8')).not.toContain('changed-by-hand');
});

test('an edit rewrites the one file that holds its entry; the others are left alone', () => {
  const { file: dir, fresh } = primedStore();
  const files = storeFiles(dir);
  // The test corpus spreads over several of the sixteen files.
  expect(files.length).toBeGreaterThan(4);
  const before = new Map(files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  const times = new Map(files.map((name) => [name, statSync(join(dir, name)).mtimeMs]));

  const store = frontMatterStore(dir);
  parseCorpus(contentTree(edit('countries/sylvania.md', 'name: Sylvania', 'name: Sylvania Republic')), createCorpusCache(undefined, store));
  store.save();
  const changed = storeFiles(dir).filter((name) => readFileSync(join(dir, name), 'utf8') !== before.get(name));
  expect(changed.length).toBeLessThanOrEqual(2);
  expect(changed.length).toBeGreaterThan(0);
  for (const name of storeFiles(dir).filter((n) => !changed.includes(n))) expect(statSync(join(dir, name)).mtimeMs).toBe(times.get(name));

  // Back to the original text: the store serves every entry again.
  const { spy, counts } = counted(frontMatterStore(dir));
  parseCorpus(contentTree(), createCorpusCache(undefined, spy));
  expect(counts.hits).toBe(Object.values(fresh.corpus).flat().length - 1);
});
