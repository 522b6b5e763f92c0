/**
 * Addresses of everything citation-related, shared by the pages, the file
 * routes and the panel script.
 */
import { entryUrl } from '../urls.ts';

/** The downloadable formats, by file extension. */
export const CITE_FILE_FORMATS = [
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex' },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems' },
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;

export type CiteFileExt = (typeof CITE_FILE_FORMATS)[number]['ext'];

/** Where a digest's citation file is published: `/data/cite/<digest>.<ext>`. */
export function citeFilePath(digestId: string, ext: CiteFileExt): string {
  return `/data/cite/${digestId}.${ext}`;
}

/**
 * The name a claim's citation file is saved under. Claims have no files of
 * their own on the site (a corpus has several times more claims than
 * digests, and a file each made most of the build's output); their files are
 * downloaded from `data:` addresses in the cite page and the panel data.
 * Ids are lowercase letters, digits and hyphens, so the underscore is unambiguous.
 */
export function claimCiteFileName(digestId: string, claimId: string, ext: CiteFileExt): string {
  return `${digestId}_${claimId}.${ext}`;
}

/** A `data:` address that downloads `text` as a file of the format. */
export function citeDataUrl(ext: CiteFileExt, text: string): string {
  const format = CITE_FILE_FORMATS.find((f) => f.ext === ext)!;
  return `data:${format.type};charset=utf-8,${encodeURIComponent(text)}`;
}

/** The data file the Cite panel of a digest page reads. */
export function citePanelPath(digestId: string): string {
  return `/data/cite/${digestId}.panel.json`;
}

/** The page listing every citation of a digest; `key` ("claim-<id>") jumps to one claim's. */
export function citePageUrl(digestId: string, key?: string): string {
  return `${entryUrl('digest', digestId)}cite/${key ? `#${key}` : ''}`;
}
