/**
 * Heading anchors (`<a class="anchor" href="#id">`) still jump to their
 * section; with this script a click also copies the section's full URL and
 * says so in the page's live region. Without the Clipboard API (or without
 * JavaScript) the anchor is a plain link whose URL can be copied by hand.
 */

const SHOWN_MS = 2000;

/** Adds copy-on-click to every heading anchor under `root`, through one delegated listener. */
export function enhanceCopyLinks(root: Document): void {
  const announcer = root.querySelector<HTMLElement>('[data-announcer]');
  root.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const anchor = target.closest<HTMLAnchorElement>('a.anchor');
    if (!anchor || !navigator.clipboard) return;
    navigator.clipboard.writeText(anchor.href).then(
      () => {
        anchor.dataset.copied = '';
        if (announcer) announcer.textContent = 'Link copied';
        setTimeout(() => {
          delete anchor.dataset.copied;
          if (announcer) announcer.textContent = '';
        }, SHOWN_MS);
      },
      // Refused (no permission, insecure page): the link still navigates as usual.
      () => undefined,
    );
  });
}
