/**
 * The data files behind link previews: per kind of page, a small map from
 * id to what the card shows. Built with the site; see src/lib/link-preview.ts.
 */
import type { EntityGraph } from './graph.ts';
import { KINDS } from './kinds.ts';
import { type PreviewFile, type PreviewSegment, firstSentence } from './link-preview.ts';
import { SOURCE_KIND_LABEL } from './views/claims.ts';
import { formatDate } from './views/dates.ts';

/** The preview file of one kind of page. */
export function previewFile(graph: EntityGraph, segment: PreviewSegment): PreviewFile {
  if (segment === KINDS.digest.collection) {
    return Object.fromEntries(
      graph.digests.map(({ id, data }) => [
        id,
        {
          kind: 'Digest',
          name: data.title,
          outlet: data.source.outlet,
          date: formatDate(data.source.published, data.source.publishedApprox),
          copy: SOURCE_KIND_LABEL[data.source.kind],
          summary: data.summary,
        },
      ]),
    );
  }
  const file: PreviewFile = {};
  for (const e of graph.entities.values()) {
    if (KINDS[e.kind].collection !== segment) continue;
    file[e.id] = { kind: KINDS[e.kind].one, name: e.name, summary: firstSentence(e.summary), digests: graph.backlinks(e.id).length };
  }
  return file;
}
