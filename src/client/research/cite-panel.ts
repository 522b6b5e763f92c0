/**
 * The Cite panel: a dialog with the citation of the digest or claim whose
 * Cite control was pressed, in each style, a Copy button per style and the
 * BibTeX, RIS and CSL-JSON files (a claim's as `data:` addresses). Its data
 * was formatted at build time (citePanelPath); nothing here formats a citation.
 */
import type { CiteFile } from '../../lib/cite/citations.ts';
import type { FormattedCitation } from '../../lib/cite/format.ts';
import { CITE_FILE_FORMATS, type CiteFileExt, citePageUrl, citePanelPath } from '../../lib/cite/paths.ts';
import styles from '../../styles/cite.css?url';
import { el, loadStylesheet } from './dom.ts';

interface PanelTarget {
  label: string;
  url: string;
  citations: FormattedCitation[];
  files: Record<CiteFileExt, CiteFile>;
}

type PanelData = Record<string, PanelTarget>;

const loaded = new Map<string, Promise<PanelData>>();

function load(digestId: string): Promise<PanelData> {
  let data = loaded.get(digestId);
  if (!data) {
    data = fetch(citePanelPath(digestId)).then((r) => (r.ok ? (r.json() as Promise<PanelData>) : Promise.reject(new Error(String(r.status)))));
    data.catch(() => loaded.delete(digestId));
    loaded.set(digestId, data);
  }
  return data;
}

/** The digest a cite link belongs to: its href is /digests/<id>/cite/… */
function digestOf(link: HTMLAnchorElement): string | undefined {
  return /^\/digests\/([a-z0-9-]+)\/cite\/$/.exec(new URL(link.href).pathname)?.[1];
}

/**
 * citeproc's HTML for one entry, made into nodes. It was written at build
 * time from our own content, with every text value escaped by citeproc; a
 * template parses it inertly (no scripts run, nothing loads).
 */
function entryNodes(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | undefined;

function ensureDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  dialog = el('dialog', 'cite-dialog');
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  dialog.addEventListener('close', () => opener?.focus());
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (outside the dialog's box) closes it.
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  return dialog;
}

async function copy(citation: FormattedCitation, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
  try {
    // Rich text keeps the italics when pasted into a word processor.
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([citation.text], { type: 'text/plain' }),
          'text/html': new Blob([citation.html], { type: 'text/html' }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(citation.text);
    }
    status.textContent = `${citation.label} citation copied.`;
  } catch {
    status.textContent = 'Could not copy; select the citation and copy it by hand.';
  }
  button.focus();
}

function body(target: PanelTarget, key: string, digestId: string, status: HTMLElement): Node[] {
  const nodes: Node[] = [];
  nodes.push(el('p', 'cite-target__title', target.label));
  const permalink = el('a', '', target.url);
  permalink.href = target.url;
  nodes.push(el('p', 'cite-target__link', permalink));
  for (const citation of target.citations) {
    const text = el('div', 'cite-style__text');
    text.append(entryNodes(citation.html));
    const button = el('button', 'button-quiet cite-style__copy', 'Copy ', el('span', 'visually-hidden', `${citation.label} citation`));
    button.type = 'button';
    button.addEventListener('click', () => void copy(citation, button, status));
    nodes.push(el('div', 'cite-style', el('p', 'cite-style__label', citation.label), text, button));
  }
  const files = el('ul', 'cite-files');
  files.setAttribute('aria-label', 'Download the citation');
  files.append(el('li', 'cite-files__label', 'Download:'));
  for (const format of CITE_FILE_FORMATS) {
    const a = el('a', '', format.label);
    a.href = target.files[format.ext].href;
    a.download = target.files[format.ext].name;
    a.type = format.type;
    files.append(el('li', '', a));
  }
  nodes.push(files);
  const all = el('a', '', 'All citations of this digest');
  all.href = citePageUrl(digestId, key === 'digest' ? undefined : key);
  nodes.push(el('p', 'cite-dialog__more', all));
  return nodes;
}

/** Opens the panel for a Cite link: to the cite page for the digest, or to `#claim-<id>` on it for a claim. */
export async function openCitePanel(link: HTMLAnchorElement): Promise<void> {
  const digestId = digestOf(link);
  const key = new URL(link.href).hash.slice(1) || 'digest';
  if (!digestId) return location.assign(link.href);
  await loadStylesheet(styles);
  const panel = ensureDialog();
  opener = link;
  const close = el('button', 'button-quiet', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => panel.close());
  const heading = el('h2', '', key === 'digest' ? 'Cite this digest' : 'Cite this claim');
  heading.id = 'cite-dialog-title';
  const status = el('p', 'cite-dialog__status');
  status.setAttribute('role', 'status');
  const content = el('div', 'cite-target');
  content.append(el('p', '', 'Loading…'));
  panel.replaceChildren(el('div', 'cite-dialog__head', heading, close), content, status);
  if (!panel.open) panel.showModal();
  close.focus();
  try {
    const target = (await load(digestId))[key];
    if (!target) throw new Error(`no citation for ${key}`);
    content.replaceChildren(...body(target, key, digestId, status));
  } catch {
    content.replaceChildren(el('p', '', 'The citations could not load. '), Object.assign(el('a', '', 'Open the cite page'), { href: link.href }));
  }
}
