/**
 * The search loader, on every page. `/` and Ctrl/Cmd+K focus the search box;
 * the first focus of the header box (or opening the search page) adds the
 * search UI. Until then no search code or data is fetched.
 *
 * The UI is bundled as one standalone script: Vite's `?worker&url` bundles a
 * module with everything it imports into a single file and gives its URL.
 * So this loader needs neither import() nor shared chunks, and Astro inlines
 * it into each page instead of making every page fetch a script.
 */
import uiUrl from './ui.ts?worker&url';

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
const box = form?.querySelector<HTMLInputElement>('input[name="q"]');
const onSearchPage = document.querySelector('[data-search-page]') !== null;

/** The search page's own box when there is one, else the header box. */
const target = () => document.querySelector<HTMLInputElement>('[data-search-input]') ?? box;

function isTyping(node: EventTarget | null): boolean {
  return node instanceof HTMLElement && (node.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(node.tagName));
}

let loaded = false;
function loadSearchUi() {
  if (loaded) return;
  loaded = true;
  const script = document.createElement('script');
  script.src = uiUrl;
  document.head.append(script);
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || event.isComposing) return;
  const isShortcut =
    ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target));
  const input = target();
  if (!isShortcut || !input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

if (onSearchPage) loadSearchUi();
else box?.addEventListener('focus', loadSearchUi, { once: true });
