/**
 * Search pages the benchmark serves beside a built site. Both follow the
 * contract our search UI follows (src/client/search/render.ts): once results
 * are in the DOM, in the next animation frame mark `search:painted` and
 * dispatch `search:rendered` with {query, count} on the document. The harness
 * measures all of them the same way.
 */
import type { VirtualFile } from '../lib/server.ts';

const page = (title: string, script: string): VirtualFile => ({
  type: 'text/html; charset=utf-8',
  body: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
  <label>Search <input type="search" id="q" autocomplete="off"></label>
  <p id="status" aria-live="polite"></p>
  <ol data-search-results></ol>
</main>
<script type="module">
const input = document.getElementById('q');
const list = document.querySelector('[data-search-results]');
const status = document.getElementById('status');
function show(query, results) {
  list.replaceChildren(...results.map((r) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.title;
    const p = document.createElement('p');
    p.textContent = r.excerpt;
    li.append(a, p);
    return li;
  }));
  status.textContent = results.length + ' results';
  // As our search UI does: mark in the frame that paints the results.
  requestAnimationFrame(() => {
    performance.mark('search:painted');
    document.dispatchEvent(new CustomEvent('search:rendered', { detail: { query, count: results.length } }));
  });
}
${script}
</script>
</body>
</html>
`,
});

/**
 * Pagefind through its JavaScript API, configured for speed: no debounce,
 * the first ten results' titles and excerpts loaded and shown, stale answers
 * dropped — what Pagefind's own UI does, minus its 300 ms debounce.
 */
export const PAGEFIND_PAGE = page(
  'Pagefind',
  `const pagefind = await import('/pagefind/pagefind.js');
await pagefind.options({ excerptLength: 24 });
await pagefind.init();
let latest = 0;
input.addEventListener('input', async () => {
  const query = input.value;
  const ticket = ++latest;
  if (!query.trim()) return show(query, []);
  const search = await pagefind.search(query);
  if (ticket !== latest) return;
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  if (ticket !== latest) return;
  show(query, data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt.replace(/<[^>]+>/g, '') })));
});`,
);

/**
 * A trivial search over /data/entities.json that follows the contract, used
 * to check the harness on any build before the real search UI exists.
 */
export const STUB_PAGE = page(
  'Search stub',
  `const response = await fetch('/data/entities.json');
const raw = await response.json();
const entities = (Array.isArray(raw) ? raw : raw.entities ?? Object.values(raw).flat()).filter((e) => e && e.name);
const keyOf = (e) => [e.name, ...(e.aliases ?? [])].join(' ').toLowerCase();
const keys = entities.map(keyOf);
input.addEventListener('input', () => {
  const query = input.value;
  const q = query.trim().toLowerCase();
  const found = q ? entities.filter((e, i) => keys[i].includes(q)).slice(0, 20) : [];
  show(query, found.map((e) => ({ url: e.url ?? '#', title: e.name, excerpt: e.summary ?? '' })));
});`,
);
