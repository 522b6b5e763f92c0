/**
 * Bodies rendered on worker threads give the same parse as bodies rendered
 * in-process: the same corpus, the same problems at the same lines.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { createCorpusCache, parseCorpus, type SourceFile } from '../../src/lib/corpus.ts';
import { MIN_BODIES_FOR_WORKERS, prerenderBodies } from '../../src/lib/render-pool-fs.ts';
import { contentTree } from '../support/content-tree.ts';

const topic = (name: string, body: string, draft = false) =>
  `---\n${draft ? 'draft: true\n' : ''}name: ${name}\nsummary: A test topic.\n---\n${body}\n`;

/** The fixture corpus with bodies that fail in each way a body can, and drafts that link drafts. */
const troubled = () =>
  contentTree({
    'countries/marxonia.md': '---\ndraft: true\nname: Marxonia\nsummary: Not yet published.\n---\nA draft country.\n',
    'topics/draft-topic.md': topic('Draft topic', 'Drafts may link drafts: [[marxonia]].', true),
    'topics/links-a-draft.md': topic('Links a draft', 'Published, so it may not link [[marxonia]].'),
    'topics/raw-html.md': topic('Raw HTML', 'Fine here.\n\nBut <b>not</b> here.'),
    'topics/unknown-link.md': topic('Unknown link', 'Guarding [[freedonai]] borders.'),
  });

/** Topics that each link the fixture's countries, to make a corpus of any size. */
const withTopics = (count: number): SourceFile[] => [
  ...contentTree(),
  ...Array.from({ length: count }, (_, i) => ({
    path: `content/topics/extra-topic-${i}.md`,
    relativePath: `topics/extra-topic-${i}.md`,
    text: topic(`Extra topic ${i}`, `Number ${i}: [[freedonia]] and [[sylvania|*the other one*]].`),
  })),
];

afterEach(() => {
  vi.restoreAllMocks();
});

test('a parse whose bodies were rendered on workers equals an in-process parse, problems and all', async () => {
  const files = troubled();
  const cache = createCorpusCache();
  const report = await prerenderBodies(files, cache, { minBodies: 1, threads: 2 });
  expect(report.toRender).toBe(files.length);
  expect(report.onWorkers).toBe(files.length);

  const pooled = parseCorpus(files, cache);
  const inProcess = parseCorpus(files);
  expect(pooled).toEqual(inProcess);
  expect(JSON.stringify(pooled)).toBe(JSON.stringify(inProcess));
  expect(pooled.issues).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ file: 'content/topics/raw-html.md', line: 7, field: 'body', message: expect.stringMatching(/^raw HTML is not allowed/) }),
      expect.objectContaining({ file: 'content/topics/unknown-link.md', line: 5, field: 'body', message: expect.stringMatching(/^unknown id "freedonai".*freedonia/) }),
      expect.objectContaining({ file: 'content/topics/links-a-draft.md', line: 5, field: 'body', message: expect.stringMatching(/^"marxonia" is a draft/) }),
    ]),
  );
  // A draft's body is checked, not published; the worker resolved its link to the draft it names.
  expect(cache.bodies.get('content/topics/draft-topic.md')!.rendered.html).toContain('href="/countries/marxonia/"');
});

test('above the threshold the bodies are rendered on workers; below it, in-process', async () => {
  const atThreshold = withTopics(MIN_BODIES_FOR_WORKERS - contentTree().length);
  const pooledCache = createCorpusCache();
  expect(await prerenderBodies(atThreshold, pooledCache, { threads: 2 })).toEqual({ toRender: MIN_BODIES_FOR_WORKERS, onWorkers: MIN_BODIES_FOR_WORKERS });
  // Everything is now cached, so the next parse has nothing to render.
  expect(await prerenderBodies(atThreshold, pooledCache, { threads: 2 })).toEqual({ toRender: 0, onWorkers: 0 });
  expect(parseCorpus(atThreshold, pooledCache)).toEqual(parseCorpus(atThreshold));

  const belowThreshold = atThreshold.slice(1);
  expect(await prerenderBodies(belowThreshold, createCorpusCache(), { threads: 2 })).toEqual({
    toRender: MIN_BODIES_FOR_WORKERS - 1,
    onWorkers: 0,
  });
});

test('when the workers cannot start, the parse renders every body itself and says why', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const files = troubled();
  const cache = createCorpusCache();
  const report = await prerenderBodies(files, cache, { minBodies: 1, threads: 2, workerModule: '/nonexistent/render-worker-fs.ts' });
  expect(report).toEqual({ toRender: files.length, onWorkers: 0 });
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^Markdown bodies are rendered on the main thread instead: a Markdown worker failed/));
  expect(parseCorpus(files, cache)).toEqual(parseCorpus(files));
});
