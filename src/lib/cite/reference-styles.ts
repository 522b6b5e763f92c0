/**
 * The reference-list entries a reader copies: Chicago author-date and APA
 * (7th edition), for the one kind of item this site cites (a web page whose
 * author is the site, with a title, a description in `genre`, a date and a
 * URL). A general CSL engine took 1.6 ms of CPU an item for the two styles,
 * more than the rest of the build's work on a cite page; this takes
 * microseconds. The unit tests hold it to citeproc's own output for the same
 * items, styles and locale (en-US).
 *
 * Typography follows CSL's rules for American English:
 * - quotation marks nest, alternating double and single by depth, whatever
 *   the marks typed (straight or curly); a title quoted by the style starts
 *   one level down, so its inner quotes are single;
 * - apostrophes become ’;
 * - a period that follows a quotation goes inside its closing marks, and is
 *   left out after a field that ends in . ? ! : or ;.
 */
import type { CslDate, CslItem } from './csl.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What CSL's "no date" term is in en-US (short form). */
const NO_DATE = 'n.d.';

/**
 * A field as typeset: its text, with the closing quotation marks it ends
 * with kept apart so that a following period can go inside them.
 */
interface Piece {
  text: string;
  closing: string;
  italic?: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
/** After these, a quotation mark opens rather than closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013/-]/u;
const DOUBLE = new Set(['"', '“', '”']);
const SINGLE = new Set(["'", '‘', '’']);

type Role = 'open' | 'close' | 'apostrophe' | 'literal';

/** Which quotation marks in `text` open, close, are apostrophes or stay as typed; opening and closing marks pair by kind (double or single). */
function quoteRoles(text: string): Role[] {
  const chars = [...text];
  const roles: Role[] = chars.map(() => 'literal');
  const open: Array<{ at: number; single: boolean }> = [];
  const closes = (single: boolean) => open.length > 0 && open.at(-1)!.single === single;
  chars.forEach((c, i) => {
    const single = SINGLE.has(c);
    if (!single && !DOUBLE.has(c)) return;
    const before = chars[i - 1];
    const after = chars[i + 1];
    const startsHere = (before === undefined || OPENS_AFTER.test(before) || roles[i - 1] === 'open') && after !== undefined && !/\s/u.test(after);
    if (single && before !== undefined && WORD.test(before) && after !== undefined && WORD.test(after)) {
      roles[i] = 'apostrophe';
    } else if (c === '“' || c === '‘' || ((c === '"' || c === "'") && startsHere)) {
      roles[i] = 'open';
      open.push({ at: i, single });
    } else if (closes(single) && before !== undefined && !/\s/u.test(before)) {
      roles[i] = 'close';
      open.pop();
    } else if (single) {
      roles[i] = 'apostrophe';
    }
  });
  // An opening mark never closed is an apostrophe (’Tis) if single, and stays as typed if double.
  for (const { at, single } of open) roles[at] = single && chars[at] !== '‘' ? 'apostrophe' : 'literal';
  return roles;
}

/** A field's text typeset at quotation depth `depth` (1 inside a quoted title). */
function typeset(value: string, depth: number): Piece {
  const chars = [...value];
  const roles = quoteRoles(value);
  let text = '';
  let closing = '';
  chars.forEach((c, i) => {
    const role = roles[i]!;
    if (role !== 'close' && closing) {
      text += closing;
      closing = '';
    }
    if (role === 'open') text += depth++ % 2 ? '‘' : '“';
    else if (role === 'close') closing += --depth % 2 ? '’' : '”';
    else text += role === 'apostrophe' ? '’' : c;
  });
  return { text, closing };
}

/** Ends a piece with a period (inside its closing quotation marks), unless it ends in punctuation already. */
function terminated(piece: Piece): Piece {
  return /[.?!:;]$/.test(piece.text) ? piece : { ...piece, text: `${piece.text}.` };
}

const plain = (text: string, italic = false): Piece => ({ text, closing: '', italic });

/** CSL's capitalize-first. */
const capitalizeFirst = (piece: Piece): Piece => ({ ...piece, text: piece.text.charAt(0).toUpperCase() + piece.text.slice(1) });

/** A piece wrapped in quotation marks by the style. */
function quoted(value: string): Piece {
  const inner = typeset(value, 1);
  return { text: `“${inner.text}`, closing: `${inner.closing}”` };
}

/** Pieces as sentences: each ends with a period (never doubled), the next follows a space. */
function sentences(pieces: Piece[]): Piece[] {
  return pieces.flatMap((piece, i) => (i === 0 ? [terminated(piece)] : [plain(' '), terminated(piece)]));
}

/** Characters that would be markup, as numeric references (as citeproc writes them). */
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

function toHtml(item: CslItem, pieces: Piece[]): string {
  const body = pieces.map(({ text, closing, italic }) => (italic ? `<i>${escapeHtml(text + closing)}</i>` : escapeHtml(text + closing))).join('');
  return `<div data-csl-entry-id="${escapeHtml(item.id).replaceAll('"', '&#34;')}" class="csl-entry">${body}</div>`;
}

const parts = (date: CslDate) => date['date-parts'][0];

/** "November 23, 2026", "March 2026" or "2026". */
function longDate(date: CslDate): string {
  const [year, month, day] = parts(date);
  if (month === undefined) return String(year);
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "2026, November 23", "2026, March" or "2026" (APA's order). */
function apaDate(date: CslDate): string {
  const [year, month, day] = parts(date);
  if (month === undefined) return String(year);
  return day === undefined ? `${year}, ${MONTHS[month - 1]}` : `${year}, ${MONTHS[month - 1]} ${day}`;
}

/** The names of the item's authors as the reference list gives them (the site is the author: a literal name). */
const authorName = (item: CslItem) => item.author.map((name) => name.literal).join(', ');

/** Chicago author-date: Author. Year. “Title.” Genre. Month Day, Year. URL. */
export function chicagoHtml(item: CslItem): string {
  const pieces = [
    plain(authorName(item)),
    plain(item.issued ? String(parts(item.issued)[0]) : NO_DATE),
    quoted(item.title),
    capitalizeFirst(typeset(item.genre, 0)),
    ...(item.issued ? [plain(longDate(item.issued))] : []),
    plain(item.URL),
  ];
  return toHtml(item, sentences(pieces));
}

/** APA 7th: Author. (Year, Month Day). *Title* [Genre]. URL */
export function apaHtml(item: CslItem): string {
  const title = typeset(item.title, 0);
  const genre = capitalizeFirst(typeset(item.genre, 0));
  return toHtml(item, [
    terminated(plain(authorName(item))),
    plain(` (${item.issued ? apaDate(item.issued) : NO_DATE}). `),
    { ...title, italic: true },
    plain(' ['),
    genre,
    plain(']. '),
    plain(item.URL),
  ]);
}
