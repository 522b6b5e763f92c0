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

/**
 * Where a citation file is published: `/data/cite/<digest>.<ext>` for a
 * digest, `/data/cite/<digest>/<claim>.<ext>` for a claim. Ids contain no
 * dots, so the two never clash.
 */
export function citeFilePath(digestId: string, claimId: string | undefined, ext: CiteFileExt): string {
  return claimId === undefined ? `/data/cite/${digestId}.${ext}` : `/data/cite/${digestId}/${claimId}.${ext}`;
}

/** The data file the Cite panel of a digest page reads. */
export function citePanelPath(digestId: string): string {
  return `/data/cite/${digestId}.panel.json`;
}

/** The page listing every citation of a digest; `key` ("claim-<id>") jumps to one claim's. */
export function citePageUrl(digestId: string, key?: string): string {
  return `${entryUrl('digest', digestId)}cite/${key ? `#${key}` : ''}`;
}
