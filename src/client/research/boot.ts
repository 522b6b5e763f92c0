/**
 * What every page loads for the Cite panel and link previews: two delegated
 * listeners and nothing else. The panel and the preview code (and their
 * styles and data) load on first use: the first click on a Cite control, the
 * first hover or focus on a link to a digest or an entity.
 */
import { previewTarget } from '../../lib/link-preview.ts';

/** Opens the Cite panel for a `[data-cite]` link instead of following it. */
function wireCite(root: Document): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-cite]') : null;
    if (!link) return;
    event.preventDefault();
    // If the panel cannot load, the link still leads to the cite page.
    import('./cite-panel.ts').then(
      (panel) => panel.openCitePanel(link),
      () => location.assign(link.href),
    );
  });
}

/** Starts link previews on the first hover (mouse or pen) or focus of a previewable link. */
function wirePreviews(root: Document): void {
  const first = (event: Event) => {
    if (event instanceof PointerEvent && event.pointerType === 'touch') return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || link.hasAttribute('data-cite') || !previewTarget(link.href, location.origin)) return;
    root.removeEventListener('pointerover', first);
    root.removeEventListener('focusin', first);
    void import('./link-preview.ts').then((previews) => previews.startPreviews(root, link));
  };
  root.addEventListener('pointerover', first);
  root.addEventListener('focusin', first);
}

export function enhanceResearchTools(root: Document): void {
  wireCite(root);
  wirePreviews(root);
}
