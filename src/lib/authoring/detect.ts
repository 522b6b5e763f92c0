/**
 * Facts about a source that can be read off its text: a publication date, an
 * outlet and a byline. Copies are often scraped pages whose headers carry the
 * scraper's date, so every value found here is only a lead for the author to
 * verify, and says where in the text it came from.
 */

/** A value read from the text, and the line it was read from (1-based). */
export interface Detected<T> {
  value: T;
  line: number;
  /** The text it was read from, as written. */
  text: string;
}

export interface SourceFacts {
  /** YYYY-MM-DD. */
  published?: Detected<string>;
  outlet?: Detected<string>;
  authors?: Detected<string[]>;
  /** The first line that reads like a headline. */
  headline?: Detected<string>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const DATE_FORMS: Array<{ pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }> = [
  { pattern: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { pattern: new RegExp(String.raw`\b${DAY} ${MONTH},? ${YEAR}\b`, 'i'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
  { pattern: new RegExp(String.raw`\b${MONTH} ${DAY},? ${YEAR}\b`, 'i'), parts: (m) => [m[3]!, m[1]!, m[2]!] },
];

/** A date written in one of the usual ways, as YYYY-MM-DD, or nothing if it is not a real day. */
export function readDate(text: string): { value: string; text: string } | undefined {
  const found = DATE_FORMS.map((form) => ({ form, m: form.pattern.exec(text) }))
    .filter((f): f is { form: (typeof DATE_FORMS)[number]; m: RegExpExecArray } => f.m !== null)
    .sort((a, b) => a.m.index - b.m.index)[0];
  if (!found) return undefined;
  const [y, mo, d] = found.form.parts(found.m);
  const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS.indexOf(mo.slice(0, 3).toLowerCase()) + 1;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > last) return undefined;
  return { value: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, text: found.m[0] };
}

/** Labels that introduce a fact on a line of its own ("Author: …", "Date/Place: …"). */
const LABELLED = {
  published: /^\s*(?:date(?:\/place)?|published(?: on)?|posted(?: on)?|dated?)\s*:\s*(.+)$/i,
  outlet: /^\s*(?:(?:organi[sz]ation\/)?publisher|outlet|published (?:by|in)|source|originally published (?:by|in|at))\s*:\s*(.+)$/i,
  authors: /^\s*(?:by|authors?|written by)\b\s*:?\s*(\p{Lu}.*)$/iu,
};

/** Names in a byline: split at commas and "and", up to a role or affiliation after a comma. */
function bylineNames(value: string): string[] {
  const names = value.split(/\s*,\s*/)[0]!.split(/\s+(?:and|&)\s+/);
  return names.map((n) => n.trim()).filter((n) => /^\p{Lu}/u.test(n) && n.split(/\s+/).length <= 5);
}

/**
 * Reads what it can. A labelled line wins over a date elsewhere, since a
 * scraped page's first date is usually the day it was scraped.
 */
export function detectSourceFacts(text: string): SourceFacts {
  const lines = text.split(/\r?\n/);
  const facts: SourceFacts = {};
  let headlineLines = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const at = { line: i + 1, text: line };
    const date = LABELLED.published.exec(line);
    if (date && !facts.published) {
      const read = readDate(date[1]!);
      if (read) facts.published = { value: read.value, ...at };
    }
    const outlet = LABELLED.outlet.exec(line);
    if (outlet && !facts.outlet && outlet[1]!.trim().length > 1) facts.outlet = { value: outlet[1]!.trim(), ...at };
    const byline = LABELLED.authors.exec(line);
    if (byline && !facts.authors) {
      const names = bylineNames(byline[1]!);
      if (names.length) facts.authors = { value: names, ...at };
    }
    if (!facts.headline && line) headlineLines++;
    // A breadcrumb ("Blog > Title") ends with the title.
    const title = line.split(/\s+>\s+/).at(-1)!;
    if (!facts.headline && headlineLines <= 3 && title.split(/\s+/).length >= 4 && !readDate(title) && !/[:.]$/.test(title)) {
      facts.headline = { value: title, ...at };
    }
  });
  if (!facts.published) {
    const index = lines.findIndex((line) => readDate(line));
    if (index !== -1) facts.published = { value: readDate(lines[index]!)!.value, line: index + 1, text: lines[index]!.trim() };
  }
  return facts;
}
