/**
 * CSV as RFC 4180 describes it: CRLF between records, one header row,
 * fields quoted when they hold a comma, a quote or a line break, quotes
 * doubled. Shared by the build (the /data/*.csv files) and the browser
 * ("Download this view"), so both write the same dialect.
 */

/** A cell value; lists become one cell, items separated by LIST_SEPARATOR. */
export type CsvValue = string | number | boolean | null | undefined | readonly string[];

/** How a list of ids or names is written in one cell. */
export const LIST_SEPARATOR = '; ';

/**
 * Spreadsheets run a cell that begins with = + - @ (or a tab or carriage
 * return, which some of them skip first) as a formula, so such a text cell
 * is prefixed with an apostrophe. Numbers are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised and quoted as needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = typeof value === 'string' ? value : value.join(LIST_SEPARATOR);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the header row, then one record per row, each ended by CRLF. */
export function toCsv<C extends string>(columns: readonly C[], rows: Iterable<Readonly<Record<C, CsvValue>>>): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
