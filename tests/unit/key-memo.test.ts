/**
 * Page keys remembered between builds (src/lib/key-memo-fs.ts and
 * rememberingPageKeys): found only by the fingerprint of the same content,
 * code and settings; a damaged memo is no memo; remembered keys equal
 * computed ones.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type PageKeys, pageKeys, rememberingPageKeys } from '../../src/data/page-keys.ts';
import { parseCorpus } from '../../src/lib/corpus.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { codeVersion, keyFingerprint, readKeyMemo, writeKeyMemo } from '../../src/lib/key-memo-fs.ts';
import { contentTree, edit } from '../support/content-tree.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'key-memo-'));

describe('the fingerprint', () => {
  const code = folder();
  writeFileSync(join(code, 'graph.mjs'), 'export const a = 1;');
  mkdirSync(join(code, 'nested'));
  const files = contentTree();
  const base = keyFingerprint(files, codeVersion(code), 'settings');

  test('is the same for the same files in another order', () => {
    expect(keyFingerprint([...files].reverse(), codeVersion(code), 'settings')).toBe(base);
  });

  test('changes with a file’s text, a file added or removed, the code and the settings', () => {
    expect(keyFingerprint(contentTree(edit('digests/herald-pact-ready.md', 'summary:', 'summary: Edited.')), codeVersion(code), 'settings')).not.toBe(base);
    expect(keyFingerprint(files.slice(1), codeVersion(code), 'settings')).not.toBe(base);
    expect(keyFingerprint(files, codeVersion(code), 'other settings')).not.toBe(base);
    writeFileSync(join(code, 'graph.mjs'), 'export const a = 2;');
    expect(keyFingerprint(files, codeVersion(code), 'settings')).not.toBe(base);
  });
});

describe('the memo file', () => {
  test('gives its keys back under its fingerprint only', () => {
    const file = join(folder(), 'cache', 'page-keys.json');
    writeKeyMemo(file, 'f1', new Map([['entry digest a', 'k1']]));
    expect(readKeyMemo(file, 'f1')).toEqual(new Map([['entry digest a', 'k1']]));
    expect(readKeyMemo(file, 'f2')).toBeUndefined();
  });

  test('is no memo when missing, cut short or of the wrong shape', () => {
    const file = join(folder(), 'page-keys.json');
    expect(readKeyMemo(file, 'f1')).toBeUndefined();
    writeKeyMemo(file, 'f1', new Map([['entry digest a', 'k1']]));
    const whole = readFileSync(file, 'utf8');
    for (const damaged of [whole.slice(0, whole.length - 3), 'null', '{"fingerprint":"f1","keys":{"a":1}}', '{"fingerprint":"f1"}']) {
      writeFileSync(file, damaged);
      expect(readKeyMemo(file, 'f1')).toBeUndefined();
    }
  });
});

describe('remembering page keys', () => {
  const graph = buildGraph(parseCorpus(contentTree()).corpus);
  /** Page keys that count how often they compute. */
  const counting = () => {
    const counts = { made: 0 };
    return { counts, compute: (): PageKeys => (counts.made++, pageKeys(graph)) };
  };
  const ask = (keys: PageKeys) => [
    keys.entry('digest', 'herald-pact-ready'),
    keys.entry('country', 'freedonia'),
    keys.list('digests 1/1 of 2', ['herald-pact-ready', 'herald-border-crisis']),
    keys.corpus('open data digests.json'),
  ];

  test('computes what it lacks, records every key it gives, and gives them back unchanged without computing', () => {
    const first = counting();
    const given = new Map<string, string>();
    const computed = ask(rememberingPageKeys(first.compute, new Map(), given));
    expect(computed).toEqual(ask(pageKeys(graph)));
    expect(first.counts.made).toBe(1);
    expect(given.size).toBe(4);

    const second = counting();
    const again = new Map<string, string>();
    expect(ask(rememberingPageKeys(second.compute, given, again))).toEqual(computed);
    expect(second.counts.made).toBe(0);
    expect(again).toEqual(given);
  });

  test('a list under the same label with other entries is another question', () => {
    const given = new Map<string, string>();
    const keys = rememberingPageKeys(() => pageKeys(graph), new Map(), given);
    const one = keys.list('digests 1/1 of 1', ['herald-pact-ready']);
    const other = rememberingPageKeys(() => pageKeys(graph), given, new Map()).list('digests 1/1 of 1', ['herald-border-crisis']);
    expect(other).not.toBe(one);
    expect(other).toBe(pageKeys(graph).list('digests 1/1 of 1', ['herald-border-crisis']));
  });
});
