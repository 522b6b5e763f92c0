/**
 * "Download this view": CSV and JSON of exactly the rows a page's current
 * URL state selects, made in the browser. Pages own their state and say
 * how to list its rows (`collect`); this module only draws the two buttons
 * and writes the files, in the same CSV dialect as /data/*.csv.
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

/** Fills `container` with the two buttons and shows it. */
export function attachViewDownload(container: HTMLElement, collect: () => ViewRows | Promise<ViewRows>): void {
  const button = (format: 'CSV' | 'JSON') => {
    const b = el('button', 'button-quiet', el('span', 'visually-hidden', 'Download this view as '), format);
    b.type = 'button';
    b.dataset.format = format.toLowerCase();
    return b;
  };
  const csv = button('CSV');
  const json = button('JSON');
  const status = el('span', '');
  status.setAttribute('role', 'status');
  container.replaceChildren(el('span', 'view-download__label', 'Download this view:'), ' ', csv, ' ', json, ' ', status);
  // "meta": the site's small, muted line; the buttons are its quiet buttons.
  container.classList.add('view-download', 'meta');
  container.hidden = false;

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
