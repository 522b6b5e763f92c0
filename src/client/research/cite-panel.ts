/**
 * The Cite panel: a dialog with the citation of the digest or claim whose
 * Cite control was pressed, in each style, a Copy button per style and the
 * BibTeX, RIS and CSL-JSON files. It shows one section of the digest's cite
 * page (src/pages/digests/[id]/cite.astro), fetched on first use: the page
 * a reader without scripts is sent to is the panel's only data, so there is
 * nothing else to build or keep in step. Nothing here formats a citation.
 */
import { citePageUrl } from '../../lib/cite/paths.ts';
import styles from '../../styles/cite.css?url';
import { el, loadStylesheet } from './dom.ts';

/** One citation style of a section: its name, its markup and the same as plain text. */
interface Citation {
  label: string;
  html: string;
  text: string;
}

const loaded = new Map<string, Promise<Document>>();

/** The digest's cite page, parsed inertly (no scripts run, nothing loads). */
function load(digestId: string): Promise<Document> {
  let page = loaded.get(digestId);
  if (!page) {
    page = fetch(citePageUrl(digestId))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    page.catch(() => loaded.delete(digestId));
    loaded.set(digestId, page);
  }
  return page;
}

/** The digest a cite link belongs to: its href is /digests/<id>/cite/… */
function digestOf(link: HTMLAnchorElement): string | undefined {
  return /^\/digests\/([a-z0-9-]+)\/cite\/$/.exec(new URL(link.href).pathname)?.[1];
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

async function copy(citation: Citation, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
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

/** The panel's content for one section of the cite page. */
function body(section: Element, key: string, digestId: string, status: HTMLElement): Node[] {
  const nodes: Node[] = [];
  nodes.push(el('p', 'cite-target__title', section.getAttribute('data-label') ?? ''));
  const link = section.querySelector('.cite-target__link');
  if (link) nodes.push(document.importNode(link, true));
  for (const style of section.querySelectorAll('.cite-style')) {
    const entry = style.querySelector('.cite-style__text');
    if (!entry) continue;
    const text = el('div', 'cite-style__text', ...[...entry.childNodes].map((n) => document.importNode(n, true)));
    const citation: Citation = {
      label: style.querySelector('.cite-style__label')?.textContent?.trim() ?? '',
      html: text.innerHTML.trim(),
      text: entry.textContent?.trim() ?? '',
    };
    const button = el('button', 'button-quiet cite-style__copy', 'Copy ', el('span', 'visually-hidden', `${citation.label} citation`));
    button.type = 'button';
    button.addEventListener('click', () => void copy(citation, button, status));
    nodes.push(el('div', 'cite-style', el('p', 'cite-style__label', citation.label), text, button));
  }
  const files = section.querySelector('.cite-files');
  if (files) nodes.push(document.importNode(files, true));
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
    const section = (await load(digestId)).getElementById(key);
    if (!section?.classList.contains('cite-target')) throw new Error(`no citation for ${key}`);
    content.replaceChildren(...body(section, key, digestId, status));
  } catch {
    content.replaceChildren(el('p', '', 'The citations could not load. '), Object.assign(el('a', '', 'Open the cite page'), { href: link.href }));
  }
}
