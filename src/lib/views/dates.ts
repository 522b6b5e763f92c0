/**
 * Human-readable forms of the partial dates content uses (YYYY, YYYY-MM,
 * YYYY-MM-DD). The machine form stays in `<time datetime>`; these are the
 * words a reader sees.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "2022-01-05" → "5 January 2022", "2022-01" → "January 2022", "2022" → "2022"; "c." marks an approximate date. */
export function formatDate(value: string, approximate = false): string {
  const [year, month, day] = value.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  const words = [day === undefined ? undefined : String(Number(day)), monthName, year].filter(Boolean).join(' ');
  return approximate ? `c. ${words}` : words;
}

/** A span of time in words: "May 1992 – 2002", "since March 2013", "until 2020", or "" when both ends are open. */
export function formatPeriod(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `since ${formatDate(from)}`;
  if (to) return `until ${formatDate(to)}`;
  return '';
}

/** The year of a partial date, as a number. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}
