/**
 * The cache the watcher and dev server keep between parses changes nothing
 * but speed: after any edit, a cached parse equals a fresh one.
 */
import { expect, test } from 'vitest';
import { createCorpusCache, parseCorpus } from '../../src/lib/corpus.ts';
import { contentTree, edit } from '../support/content-tree.ts';

const edits: Array<[string, Record<string, string | null>]> = [
  ['nothing', {}],
  ['a digest title', edit('digests/herald-pact-ready.md', 'title: The Pact says it was ready to help', 'title: Changed')],
  ['the name of a linked country', edit('countries/freedonia.md', 'name: Freedonia', 'name: Grand Freedonia')],
  ['a linked entity made a draft', edit('events/border-crisis.md', 'name:', 'draft: true\nname:')],
  ['a linked entity removed', { 'actors/test-pact.md': null }],
  ['a body with a broken link', edit('digests/herald-pact-ready.md', '[[freedonia]]', '[[fredonia]]')],
  ['a front matter error', edit('digests/herald-pact-ready.md', 'kind: original', 'kind: rumour')],
];

test('a cached parse equals a fresh parse after each edit, in sequence', () => {
  const cache = createCorpusCache();
  parseCorpus(contentTree(), cache);
  let changes: Record<string, string | null> = {};
  for (const [what, change] of edits) {
    changes = { ...changes, ...change };
    const files = contentTree(changes);
    expect(JSON.stringify(parseCorpus(files, cache)), what).toBe(JSON.stringify(parseCorpus(files)));
  }
});

test('a renamed entity is shown by its new name in the bodies that link it', () => {
  const cache = createCorpusCache();
  parseCorpus(contentTree(), cache);
  const { corpus } = parseCorpus(contentTree(edit('countries/freedonia.md', 'name: Freedonia', 'name: Grand Freedonia')), cache);
  expect(corpus.digest.find((d) => d.id === 'herald-pact-ready')!.rendered.html).toContain('>Grand Freedonia</a>');
});
