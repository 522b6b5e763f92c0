/** Valid front matter kept between builds (src/lib/front-matter-store-fs.ts): the same corpus, with no YAML read again. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

const newStore = () => join(mkdtempSync(join(tmpdir(), 'front-matter-store-')), 'front-matter.json');

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
  ['changed by hand', (text: string) => text.replace('Sylvania', 'Sylvania Changed')],
  ['empty', () => ''],
])('a damaged file (%s) is ignored: every file is read again, with the right result', (_name, damage) => {
  const { file, fresh } = primedStore();
  writeFileSync(file, damage(readFileSync(file, 'utf8')));

  const store = frontMatterStore(file);
  const { spy, counts } = counted(store);
  const again = parseCorpus(contentTree(), createCorpusCache(undefined, spy));
  expect(counts.hits).toBe(0);
  expect(again.corpus).toStrictEqual(fresh.corpus);
  store.save();
  expect(readFileSync(file, 'utf8')).not.toContain('Sylvania Changed');
});
