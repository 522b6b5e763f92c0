/**
 * Citation files and where citations are found, shared by the cite page,
 * the citation builder and the panel script.
 */
import { entryUrl } from '../urls.ts';

/** The downloadable formats, by file extension. */
export const CITE_FILE_FORMATS = [
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;

export type CiteFileExt = (typeof CITE_FILE_FORMATS)[number]['ext'];

/**
 * The name a citation file is saved under: `<digest>.<ext>`, or
 * `<digest>_<claim>.<ext>` for a claim. The files are not published one by
 * one (a corpus has several times more claims than digests, and a file each
 * made most of what a build wrote): the cite page carries them as `data:`
 * addresses. Ids are lowercase letters, digits and hyphens, so the
 * underscore is unambiguous.
 */
export function citeFileName(digestId: string, claimId: string | undefined, ext: CiteFileExt): string {
  return claimId === undefined ? `${digestId}.${ext}` : `${digestId}_${claimId}.${ext}`;
}

/**
 * Characters a `data:` address in an HTML attribute must carry escaped: `%`
 * (it starts an escape), `#` (it would start a fragment), line breaks and
 * tabs (a URL parser drops them), quotes, `<`, `>`, `&` and other controls.
 * Everything else, spaces and letters of any script included, is kept as it
 * is: the parser escapes it in UTF-8 itself, and escaping it here made the
 * addresses 60% longer than the files on the cite page.
 */
const DATA_URL_ESCAPED = /[%#"'<>&\u0000-\u001f\u007f]|\s$/gu;

/** `c` as %XX escapes of its UTF-8 bytes (encodeURIComponent leaves quotes as they are). */
const escapeBytes = (c: string) =>
  c.length === 1 && c.charCodeAt(0) < 0x80 ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c);

/** A `data:` address that downloads `text` as a file of the format. */
export function citeDataUrl(ext: CiteFileExt, text: string): string {
  const format = CITE_FILE_FORMATS.find((f) => f.ext === ext)!;
  return `data:${format.type};charset=utf-8,${text.replace(DATA_URL_ESCAPED, escapeBytes)}`;
}

/** The page listing every citation of a digest; `key` ("claim-<id>") jumps to one claim's. */
export function citePageUrl(digestId: string, key?: string): string {
  return `${entryUrl('digest', digestId)}cite/${key ? `#${key}` : ''}`;
}
