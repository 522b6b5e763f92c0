/**
 * Every kind gets a skeleton made from its schema; a skeleton is a valid
 * draft, and the same file published is refused for its placeholders.
 */
import { expect, test } from 'vitest';
import { skeletonFile } from '../../../src/lib/authoring/skeleton.ts';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { KIND_NAMES, KINDS } from '../../../src/lib/kinds.ts';
import { SCHEMAS } from '../../../src/lib/schema/index.ts';
import { contentTree } from '../../support/content-tree.ts';

test.each(KIND_NAMES)('the %s skeleton is a draft with no problems, and not published', (kind) => {
  const path = `${KINDS[kind].collection}/brand-new.md`;
  const { issues, corpus, drafts } = parseCorpus(contentTree({ [path]: skeletonFile(SCHEMAS[kind]) }));
  expect(issues).toEqual([]);
  expect(drafts).toEqual([`content/${path}`]);
  expect(corpus[kind].map((e) => e.id)).not.toContain('brand-new');
});

test.each(KIND_NAMES)('the %s skeleton without its draft line is refused for each placeholder', (kind) => {
  const path = `${KINDS[kind].collection}/brand-new.md`;
  const text = skeletonFile(SCHEMAS[kind]).replace(/^draft: true.*\n/m, '');
  const { issues } = parseCorpus(contentTree({ [path]: text }));
  const placeholders = text.split('\n').filter((l) => l.includes('"TODO"') || l.startsWith('TODO'));
  expect(issues.length).toBeGreaterThanOrEqual(placeholders.length);
  for (const issue of issues) {
    expect(issue.file).toBe(`content/${path}`);
    expect(issue.message).toMatch(/placeholder/);
    expect(text.split('\n')[issue.line! - 1]).toMatch(/TODO/);
  }
});
