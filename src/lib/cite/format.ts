/**
 * Formats CSL-JSON items into the citations a reader copies (Chicago
 * author-date, APA: reference-styles.ts) and the files a reference manager
 * imports (BibTeX and RIS with Citation.js's writers, CSL-JSON). Runs at
 * build time only: the browser receives the finished text.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';
import { CITE_FILE_FORMATS, type CiteFileExt } from './paths.ts';
import { apaHtml, chicagoHtml } from './reference-styles.ts';

/** The citation styles offered, in the order the Cite panel shows them. */
export const CITATION_STYLES = [
  { id: 'chicago', label: 'Chicago (author-date)', html: chicagoHtml },
  { id: 'apa', label: 'APA (7th edition)', html: apaHtml },
] as const;

export type CitationStyleId = (typeof CITATION_STYLES)[number]['id'];

/** One item in one style: its HTML (markup only for italics) and the same as plain text. */
export interface FormattedCitation {
  style: CitationStyleId;
  label: string;
  html: string;
  text: string;
}

let configured = false;

/** Citation.js keeps options in a process-wide registry; set ours once. */
function configure(): void {
  if (configured) return;
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
 * Citation.js's BibTeX writer reads a few HTML-like tags in any field as
 * formatting (`<i>`, `<b>`, `<sc>`, `<sup>`, `<sub>`, `<span …>`),
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
 * The plain text of a citation's HTML: its tags dropped, its character
 * references (written as numbers: &#38;, &#60;) decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!)
    .trim();
}

/** One item in every offered style. */
export function formatCitation(item: CslItem): FormattedCitation[] {
  return CITATION_STYLES.map(({ id, label, html: format }) => {
    const html = format(item);
    return { style: id, label, html, text: htmlToText(html) };
  });
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

/** Items formatted for the cite page, in the order given. */
export function formatItems(items: readonly CslItem[]): FormattedItem[] {
  return items.map((item) => ({
    citations: formatCitation(item),
    files: Object.fromEntries(CITE_FILE_FORMATS.map(({ ext }) => [ext, citeFileText(ext, [item])])) as Record<CiteFileExt, string>,
  }));
}
