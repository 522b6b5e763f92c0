/**
 * Preview cards for links to digests and entities. Hover (mouse or pen) or
 * keyboard focus shows a card under the link; moving away, blurring or
 * Escape hides it. Touch does nothing here, so a tap follows the link. The
 * card is positioned absolutely over the page and never moves the layout;
 * it is a tooltip the link points to with aria-describedby, holds no
 * controls, and stays open while the pointer is over it (WCAG 1.4.13).
 */
import { type LinkPreview, type PreviewFile, type PreviewSegment, previewDataPath, previewTarget } from '../../lib/link-preview.ts';
import styles from '../../styles/link-preview.css?url';
import { el, loadStylesheet } from './dom.ts';

/** Time to move the pointer from the link onto the card. */
const LEAVE_DELAY_MS = 200;
const GAP_PX = 6;
const CARD_ID = 'link-preview';

const files = new Map<PreviewSegment, Promise<PreviewFile>>();
/** Files already here, so a card for a known kind shows in the same task as the hover. */
const ready = new Map<PreviewSegment, PreviewFile>();

function load(segment: PreviewSegment): Promise<PreviewFile> {
  let file = files.get(segment);
  if (!file) {
    file = fetch(previewDataPath(segment)).then((r) => (r.ok ? (r.json() as Promise<PreviewFile>) : Promise.reject(new Error(String(r.status)))));
    file.then(
      (data) => ready.set(segment, data),
      // A failed load is tried again on the next hover, not remembered.
      () => files.delete(segment),
    );
    files.set(segment, file);
  }
  return file;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The card's content: kind, name, facts, summary. */
function content(preview: LinkPreview): Node[] {
  const facts =
    preview.kind === 'Digest' && 'outlet' in preview
      ? `${preview.outlet} · ${preview.date} · ${preview.copy}`
      : 'digests' in preview
        ? `Named in ${plural(preview.digests, 'digest', 'digests')}`
        : '';
  return [
    el('span', 'link-preview__kind', preview.kind),
    el('strong', 'link-preview__name', preview.name),
    el('span', 'link-preview__facts', facts),
    el('span', 'link-preview__summary', preview.summary),
  ];
}

export function startPreviews(root: Document, firstLink: HTMLAnchorElement): void {
  const card = el('div', 'link-preview');
  card.id = CARD_ID;
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  root.body.append(card);

  /** The link whose card is showing. */
  let current: HTMLAnchorElement | undefined;
  /** The link the reader is on now (hovered or focused), whose card is due. */
  let activeLink: HTMLAnchorElement | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let lastTouch = 0;

  const hide = () => {
    clearTimeout(hideTimer);
    if (current) {
      const ids = (current.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== CARD_ID);
      if (ids.length) current.setAttribute('aria-describedby', ids.join(' '));
      else current.removeAttribute('aria-describedby');
    }
    current = undefined;
    card.hidden = true;
  };

  const place = (link: HTMLAnchorElement) => {
    // The first box of the link: a link that wraps gets its card under its first line.
    const box = link.getClientRects()[0] ?? link.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const left = Math.max(8, Math.min(box.left, root.documentElement.clientWidth - width - 8));
    const below = box.bottom + GAP_PX + height <= innerHeight || box.top - GAP_PX - height < 0;
    const top = below ? box.bottom + GAP_PX : box.top - GAP_PX - height;
    card.style.left = `${left + scrollX}px`;
    card.style.top = `${top + scrollY}px`;
  };

  const draw = (link: HTMLAnchorElement, preview: LinkPreview | undefined) => {
    // The reader may have moved on while the data loaded.
    if (!preview || link !== activeLink || !link.isConnected) return;
    hide();
    current = link;
    card.replaceChildren(...content(preview));
    card.hidden = false;
    place(link);
    const ids = (link.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    link.setAttribute('aria-describedby', [...ids, CARD_ID].join(' '));
  };

  const show = (link: HTMLAnchorElement) => {
    const target = previewTarget(link.href, location.origin);
    if (!target) return;
    const known = ready.get(target.segment);
    if (known) return draw(link, known[target.id]);
    void Promise.all([load(target.segment), loadStylesheet(styles)]).then(
      ([file]) => draw(link, file[target.id]),
      () => undefined,
    );
  };

  const linkOf = (target: EventTarget | null) => {
    const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null;
    return link && !link.hasAttribute('data-cite') && !card.contains(link) && previewTarget(link.href, location.origin) ? link : undefined;
  };

  // No hover delay: the card has to be up within 100 ms, and a timer can run late on a busy machine.
  const enter = (link: HTMLAnchorElement) => {
    clearTimeout(hideTimer);
    activeLink = link;
    if (current !== link) show(link);
  };

  const leave = () => {
    activeLink = undefined;
    hideTimer = setTimeout(hide, LEAVE_DELAY_MS);
  };

  root.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'touch') {
      lastTouch = Date.now();
      hide();
    }
  });
  root.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') return;
    if (card.contains(event.target as Node)) {
      clearTimeout(hideTimer);
      return;
    }
    const link = linkOf(event.target);
    if (link) enter(link);
  });
  root.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') return;
    const from = card.contains(event.target as Node) ? card : linkOf(event.target);
    if (!from) return;
    const to = event.relatedTarget;
    if (to instanceof Node && (from.contains(to) || card.contains(to) || (current && current.contains(to)))) return;
    if (root.activeElement === current) return;
    leave();
  });
  root.addEventListener('focusin', (event) => {
    // A tap focuses the link on its way to following it; no card for that.
    if (Date.now() - lastTouch < 800) return;
    const link = linkOf(event.target);
    if (link) enter(link);
    else if (current) hide();
  });
  root.addEventListener('focusout', (event) => {
    if (event.target === current) leave();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) {
      hide();
      activeLink = undefined;
    }
  });
  addEventListener('resize', hide);

  void loadStylesheet(styles);
  enter(firstLink);
}
