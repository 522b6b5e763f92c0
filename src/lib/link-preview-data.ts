/**
 * The data files behind link previews: per kind of page, a small map from
 * id to what the card shows. Built with the site; see src/lib/link-preview.ts.
 */
import { ENTITY_LABEL } from './entity-kinds.ts';
import type { EntityGraph } from './graph.ts';
import { type PreviewFile, type PreviewSegment, firstSentence } from './link-preview.ts';
import { KIND_SEGMENT } from './urls.ts';
import { SOURCE_KIND_LABEL } from './views/claims.ts';
import { formatDate } from './views/dates.ts';

/** The preview file of one kind of page. */
export function previewFile(graph: EntityGraph, segment: PreviewSegment): PreviewFile {
  if (segment === 'digests') {
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
    if (KIND_SEGMENT[e.type] !== segment) continue;
    file[e.id] = { kind: ENTITY_LABEL[e.type].one, name: e.name, summary: firstSentence(e.summary), digests: graph.backlinks(e.id).length };
  }
  return file;
}
