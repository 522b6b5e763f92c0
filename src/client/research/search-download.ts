/**
 * The search page's "Download this view": every result of the search the
 * address describes (query and facets), not only the ones shown so far.
 */
import type { ResultView } from '../../lib/search/present.ts';
import { parseSearchState } from '../../lib/search/url-state.ts';
import { search } from '../search/search-client.ts';
import { attachViewDownload } from './download-view.ts';

/** Enough for every document of the index. */
const ALL = 1_000_000;
const COLUMNS = ['type', 'title', 'other_name', 'meta', 'summary', 'url'] as const;

const text = (segments: ResultView['title'] | undefined) => (segments ?? []).map((s) => s.text).join('');

export function attachSearchDownload(container: HTMLElement): void {
  attachViewDownload(container, async () => {
    const view = await search('download', parseSearchState(location.search), { limit: ALL, facets: false });
    if (!view) throw new Error('a newer download was asked for');
    return {
      name: 'search',
      columns: COLUMNS,
      rows: view.results.map((r) => ({
        type: r.type,
        title: text(r.title),
        other_name: text(r.alias),
        meta: r.meta,
        summary: text(r.snippet),
        url: new URL(r.url, location.origin).href,
      })),
    };
  });
}
