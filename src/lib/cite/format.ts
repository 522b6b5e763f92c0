/**
 * Formats CSL-JSON items into the citations a reader copies (Chicago
 * author-date, APA) and the files a reference manager imports (BibTeX, RIS,
 * CSL-JSON), all with Citation.js and the citeproc engine behind it. Runs at
 * build time only: the browser receives the finished text.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { CHICAGO_AUTHOR_DATE_CSL, CHICAGO_AUTHOR_DATE_ID } from './chicago-style.ts';
import type { CslItem } from './csl.ts';
import { CITE_FILE_FORMATS, type CiteFileExt } from './paths.ts';

/** The citation styles offered, in the order the Cite panel shows them. */
export const CITATION_STYLES = [
  { id: 'chicago', label: 'Chicago (author-date)', template: CHICAGO_AUTHOR_DATE_ID },
  { id: 'apa', label: 'APA (7th edition)', template: 'apa' },
] as const;

export type CitationStyleId = (typeof CITATION_STYLES)[number]['id'];

/** One item in one style: citeproc's HTML (markup only for italics) and the same as plain text. */
export interface FormattedCitation {
  style: CitationStyleId;
  label: string;
  html: string;
  text: string;
}

let configured = false;

/** Citation.js keeps styles and options in a process-wide registry; set ours once. */
function configure(): void {
  if (configured) return;
  plugins.config.get('@csl').styles.add(CHICAGO_AUTHOR_DATE_ID, CHICAGO_AUTHOR_DATE_CSL);
  const bibtex = plugins.config.get('@bibtex').format;
  // The default transliterates to ASCII and silently drops what it cannot
  // (Cyrillic and Chinese titles came out empty); biber and Zotero read UTF-8.
  bibtex.asciiOnly = false;
  // Keys are our ids ("digest-id", "digest-id:claim-id"), stable across builds;
  // ids are already plain ASCII, so they need no cleaning into labels.
  bibtex.useIdAsLabel = true;
  bibtex.checkLabel = false;
  configured = true;
}

/**
 * citeproc and Citation.js's BibTeX writer read a few HTML-like tags in any
 * field as formatting (`<i>`, `<b>`, `<sc>`, `<sup>`, `<sub>`, `<span …>`),
 * so a title that contains such text literally would lose it. A word joiner
 * after the `<` keeps them from being recognised; it is removed again from
 * what comes out. (Content never contains a word joiner of its own: it is
 * invisible, and titles and claims are plain lines.)
 */
const RICH_TEXT_TAG = /<(?=\/?(?:i|b|sc|sup|sub|span)\b)/g;
const JOINER = '\u2060';
const guardMarkup = (value: string) => value.replace(RICH_TEXT_TAG, `<${JOINER}`);
const unguardMarkup = (value: string) => value.replaceAll(JOINER, '');

/** Every string of an item with markup-like text guarded, names included. */
function guarded(item: Record<string, unknown>): Record<string, unknown> {
  const visit = (value: unknown): unknown =>
    typeof value === 'string'
      ? guardMarkup(value)
      : Array.isArray(value)
        ? value.map(visit)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]))
          : value;
  return visit(item) as Record<string, unknown>;
}

/**
 * What the reading styles are given. The `original-*` fields describe the
 * work we digested, but APA reads `original-date` as a reprint date
 * ("Original work published …"), so the styles name the source through
 * `genre` instead. The site is author, publisher and site name at once,
 * and both styles name a site once when it is also the author.
 */
function forStyles(item: CslItem): Record<string, unknown> {
  const {
    'original-title': _t,
    'original-publisher': _p,
    'original-author': _a,
    'original-date': _d,
    'original-URL': _u,
    'container-title': _c,
    publisher: _pb,
    ...rest
  } = item;
  return rest;
}

/**
 * One item in one style, as citeproc's HTML. Items are formatted alone:
 * together they would be one reference list, with "2026a", "2026b".
 */
export function entryHtml(item: CslItem, template: string, format: 'html' | 'text' = 'html'): string {
  configure();
  const pairs = new Cite([guarded(forStyles(item))]).format('bibliography', { format, template, lang: 'en-US', asEntryArray: true }) as Array<
    [string, string]
  >;
  const value = pairs[0]?.[1];
  if (value === undefined) throw new Error(`citeproc returned no ${template} entry for "${item.id}"`);
  return unguardMarkup(value).trim();
}

/**
 * The plain text of citeproc's HTML: its tags dropped, its character
 * references (which it writes as numbers: &#38;, &#60;) decoded. Asking
 * citeproc for text as well would format every item twice, and switching
 * its output format costs more than the formatting (11 ms an item instead
 * of 2); tests check that this equals citeproc's own text output.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!)
    .trim();
}

/** Items in every offered style, in the order given; each style's engine formats every item before the next style. */
export function formatCitations(items: readonly CslItem[]): FormattedCitation[][] {
  const out: FormattedCitation[][] = items.map(() => []);
  for (const { id, label, template } of CITATION_STYLES) {
    for (const [i, item] of items.entries()) {
      const html = entryHtml(item, template);
      out[i]!.push({ style: id, label, html, text: htmlToText(html) });
    }
  }
  return out;
}

/** One item in every offered style. */
export function formatCitation(item: CslItem): FormattedCitation[] {
  return formatCitations([item])[0]!;
}

/** TeX's special characters, escaped so a title such as "50% & {more}" survives LaTeX. */
const TEX_SPECIAL = /[\\{}%&$#_~^]/g;
const TEX_ESCAPE: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * What BibTeX is given. Citation.js either escapes TeX specials and drops
 * every letter outside its ASCII table, or (with asciiOnly off, as here)
 * escapes nothing; so the specials are escaped here and Unicode passes
 * through. URLs are written verbatim by the library and are left alone.
 * `genre` would become BibTeX's `type` and repeat `note`.
 */
function forBibtex(item: CslItem): Record<string, unknown> {
  const escape = (value: string) => value.replace(TEX_SPECIAL, (c) => TEX_ESCAPE[c] ?? `\\${c}`);
  const { genre: _g, ...rest } = item;
  return Object.fromEntries(
    Object.entries(rest).map(([key, value]) => {
      if (key === 'URL' || key === 'original-URL' || key === 'id') return [key, value];
      if (typeof value === 'string') return [key, escape(value)];
      if (Array.isArray(value) && key.endsWith('author')) {
        return [key, (value as Array<Record<string, string>>).map((name) => Object.fromEntries(Object.entries(name).map(([k, v]) => [k, escape(v)])))];
      }
      return [key, value];
    }),
  );
}

/** BibTeX entries (UTF-8) for the items. */
export function toBibtex(items: readonly CslItem[]): string {
  configure();
  return unguardMarkup(String(new Cite(items.map((item) => guarded(forBibtex(item)))).format('bibtex', { format: 'text' })));
}

/**
 * RIS records for the items. Citation.js maps the fields; the lines are
 * written here because its writer folds values at 70 characters, which
 * splits words (and Cyrillic letters) that readers then join with a space.
 * RIS has no continuation lines, so values stay on one line. Its ID tag is
 * cut to 20 characters, which makes claims of one digest share an ID, so it
 * is left out (the URL identifies the record).
 */
export function toRis(items: readonly CslItem[]): string {
  configure();
  const records = new Cite([...items]).format('ris', { format: 'object' }) as Array<Record<string, unknown>>;
  const line = (tag: string, value: unknown) => `${tag}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}`;
  return records
    .map((record) => {
      const lines = [line('TY', record.TY)];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY' || tag === 'ID' || value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) lines.push(line(tag, v));
      }
      lines.push('ER  - ');
      return lines.join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
}

/** CSL-JSON as published: an array of items, pretty-printed. */
export function toCslJson(items: readonly CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** The text of a citation file of the given format. */
export function citeFileText(ext: CiteFileExt, items: readonly CslItem[]): string {
  return ext === 'bib' ? toBibtex(items) : ext === 'ris' ? toRis(items) : toCslJson(items);
}

/** Everything offered for one item: its citation in every style and the text of its file in every format. */
export interface FormattedItem {
  citations: FormattedCitation[];
  files: Record<CiteFileExt, string>;
}

/** Items formatted for the cite page, in the order given (on the main thread or a worker: format-pool-fs.ts). */
export function formatItems(items: readonly CslItem[]): FormattedItem[] {
  const citations = formatCitations(items);
  return items.map((item, i) => ({
    citations: citations[i]!,
    files: Object.fromEntries(CITE_FILE_FORMATS.map(({ ext }) => [ext, citeFileText(ext, [item])])) as Record<CiteFileExt, string>,
  }));
}
