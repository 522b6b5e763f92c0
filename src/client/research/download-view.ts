/**
 * "Download this view": CSV and JSON of exactly the rows a page's current
 * URL state selects, made in the browser. Pages own their state and say
 * how to list its rows (`collect`); this module wires the two buttons the
 * page drew and writes the files, in the same CSV dialect as /data/*.csv.
 */
import { type CsvValue, toCsv } from '../../lib/export/csv.ts';
import { el } from './dom.ts';

export interface ViewRows {
  /** File name without extension, e.g. "timeline". */
  name: string;
  columns: readonly string[];
  rows: Array<Record<string, CsvValue>>;
}

function save(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = el('a', '');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Wires the two buttons of a ViewDownload (src/components/ViewDownload.astro) to the rows `collect` lists. */
export function attachViewDownload(container: HTMLElement, collect: () => ViewRows | Promise<ViewRows>): void {
  const csv = container.querySelector<HTMLButtonElement>('button[data-format="csv"]');
  const json = container.querySelector<HTMLButtonElement>('button[data-format="json"]');
  const status = container.querySelector<HTMLElement>('[role="status"]');
  if (!csv || !json || !status) throw new Error('a view download needs its CSV and JSON buttons and a status (ViewDownload.astro)');

  const run = async (format: 'csv' | 'json') => {
    try {
      const { name, columns, rows } = await collect();
      if (format === 'csv') save(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(columns, rows));
      else save(`${name}.json`, 'application/json', `${JSON.stringify(rows, null, 2)}\n`);
      status.textContent = `${rows.length} ${rows.length === 1 ? 'row' : 'rows'} saved as ${format.toUpperCase()}.`;
    } catch {
      status.textContent = 'The download could not be prepared. Try again.';
    }
  };
  csv.addEventListener('click', () => void run('csv'));
  json.addEventListener('click', () => void run('json'));
}
