/** Which links get a preview, and what the preview files hold, on the fixture corpus. */
import { expect, test } from 'vitest';
import { loadCorpus } from '../../../src/lib/corpus-fs.ts';
import { buildGraph } from '../../../src/lib/graph.ts';
import { firstSentence, PREVIEW_SEGMENTS, previewTarget } from '../../../src/lib/link-preview.ts';
import { previewFile } from '../../../src/lib/link-preview-data.ts';
import { FIXTURE_ROOT } from '../../support/content-tree.ts';

const origin = 'https://site.example';

test('links to digests and entities of this site get a preview; others do not', () => {
  expect(previewTarget('/actors/xi-jinping/', origin)).toEqual({ segment: 'actors', id: 'xi-jinping' });
  expect(previewTarget('https://site.example/digests/a-b/#claim-c', origin)).toEqual({ segment: 'digests', id: 'a-b' });
  for (const href of ['/actors/', '/timeline/', '/digests/a/cite/', 'https://elsewhere.example/actors/x/', '/about/', 'mailto:x@y', '/disputes/x/']) {
    expect(previewTarget(href, origin), href).toBeUndefined();
  }
});

test('a one-line summary is the first sentence, not cut at initials or abbreviations', () => {
  expect(firstSentence('The first one. The second one.')).toBe('The first one.');
  expect(firstSentence('Met J. Smith and U.S. envoys. Then left.')).toBe('Met J. Smith and U.S. envoys.');
  expect(firstSentence('No full stop at all')).toBe('No full stop at all');
});

test('preview files hold every digest and entity with what the card shows', async () => {
  const graph = buildGraph(await loadCorpus(FIXTURE_ROOT));
  const digests = previewFile(graph, 'digests');
  expect(Object.keys(digests).sort()).toEqual(graph.digests.map((d) => d.id).sort());
  const first = graph.digests[0]!;
  expect(digests[first.id]).toMatchObject({ kind: 'Digest', name: first.data.title, outlet: first.data.source.outlet, summary: first.data.summary });
  let entities = 0;
  for (const segment of PREVIEW_SEGMENTS.filter((s) => s !== 'digests')) {
    for (const [id, preview] of Object.entries(previewFile(graph, segment))) {
      const record = graph.entities.get(id)!;
      expect(preview).toEqual({ kind: expect.any(String), name: record.name, summary: firstSentence(record.summary), digests: graph.backlinks(id).length });
      entities += 1;
    }
  }
  expect(entities).toBe(graph.entities.size);
});
