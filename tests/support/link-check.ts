/**
 * A link checker for a built static site. Pages are parsed with parse5 (the
 * HTML standard's parser, so links are read exactly as a browser reads them);
 * every internal URL must name a file in the build and every #fragment an
 * element on the target page. Pure: the caller supplies the files.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One URL found on a page, and where. */
export interface FoundLink {
  url: string;
  /** e.g. `a[href]`, `meta[og:image]`, `json-ld`. */
  via: string;
}

export interface PageLinks {
  /** Every fragment target on the page: ids, and names of `<a name>`. */
  anchors: Set<string>;
  links: FoundLink[];
  /** Problems found while reading the page itself (e.g. JSON-LD that does not parse). */
  problems: string[];
  /** The href of `<link rel="canonical">`, if any. */
  canonical?: string | undefined;
}

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Attributes that hold a list of image candidates. */
const SRCSET_ELEMENTS = new Set(['img', 'source']);

/** `<meta>` properties whose content is a URL on the site. */
const META_URLS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;
}

function text(element: Element): string {
  return element.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

function walk(node: Node, visit: (element: Element) => void) {
  if ('tagName' in node) visit(node);
  const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, visit);
}

/** Every string in a JSON value that looks like an absolute http(s) URL. */
function jsonUrls(value: unknown, into: string[]) {
  if (typeof value === 'string') {
    // URL templates (SearchAction) are patterns, not addresses.
    if (/^https?:\/\//.test(value) && !value.includes('{')) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) jsonUrls(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) jsonUrls(item, into);
  }
}

/** Reads the link targets and the fragment anchors of one HTML page. */
export function readPage(html: string): PageLinks {
  const anchors = new Set<string>();
  const links: FoundLink[] = [];
  const problems: string[] = [];
  let canonical: string | undefined;
  walk(parse(html), (element) => {
    const tag = element.tagName;
    const id = attr(element, 'id');
    if (id) anchors.add(id);
    const name = attr(element, 'name');
    if (tag === 'a' && name) anchors.add(name);
    if (tag === 'link' && attr(element, 'rel')?.split(/\s+/).includes('canonical')) canonical ??= attr(element, 'href');

    for (const name of URL_ATTRIBUTES[tag] ?? []) {
      const value = attr(element, name);
      if (value !== undefined) links.push({ url: value, via: `${tag}[${name}]` });
    }
    if (SRCSET_ELEMENTS.has(tag)) {
      const srcset = attr(element, 'srcset');
      for (const candidate of srcset?.split(',') ?? []) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push({ url, via: `${tag}[srcset]` });
      }
    }
    if (tag === 'meta') {
      const property = attr(element, 'property') ?? attr(element, 'name');
      const content = attr(element, 'content');
      if (property && content !== undefined && META_URLS.has(property)) links.push({ url: content, via: `meta[${property}]` });
    }
    if (tag === 'script' && attr(element, 'type') === 'application/ld+json') {
      try {
        const urls: string[] = [];
        jsonUrls(JSON.parse(text(element)), urls);
        // Fragments in JSON-LD name nodes ("…/#website"), not elements, so only the page is checked.
        for (const url of urls) links.push({ url: url.replace(/#.*$/, ''), via: 'json-ld' });
      } catch (error) {
        problems.push(`JSON-LD does not parse: ${(error as Error).message}`);
      }
    }
  });
  return { anchors, links, problems, canonical };
}

/** The built site as the checker sees it. */
export interface BuiltSite {
  /** The site's origin, e.g. https://example.org; absolute URLs on it are internal. */
  origin: string;
  /** Every file of the build, as a path relative to its root ("digests/x/index.html"). */
  files: ReadonlySet<string>;
  /** Every HTML page, by file path, read with readPage. */
  pages: ReadonlyMap<string, PageLinks>;
}

export interface BrokenLink {
  /** The page the link is on, as a URL path. */
  page: string;
  url: string;
  via: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  /** Links to this site that were followed. */
  internal: number;
  /** Links elsewhere (not followed: the site must build and test offline). */
  external: number;
  broken: BrokenLink[];
}

/** The URL path a built file is served at: "a/index.html" → "/a/", "rss.xml" → "/rss.xml". */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** Where a URL lands in the site, or why it lands nowhere. */
export function resolveTarget(url: URL, site: Pick<BuiltSite, 'files'>): { file: string } | { reason: string } {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).replace(/^\//, '');
  } catch {
    return { reason: 'the path is not valid percent-encoding' };
  }
  if (path === '' || path.endsWith('/')) {
    const file = `${path}index.html`;
    return site.files.has(file) ? { file } : { reason: `no ${file} in the build` };
  }
  if (site.files.has(path)) return { file: path };
  if (site.files.has(`${path}/index.html`)) return { reason: 'missing trailing slash (the site links every page with one)' };
  return { reason: `no ${path} in the build` };
}

/** Checks one URL as found on `pagePath`; returns why it is broken, or undefined. */
export function checkUrl(
  raw: string,
  pagePath: string,
  site: BuiltSite,
): { internal: boolean; reason?: string } {
  const trimmed = raw.trim();
  if (trimmed === '') return { internal: true, reason: 'empty URL' };
  if (/^javascript:/i.test(trimmed)) return { internal: true, reason: 'javascript: URLs are not allowed' };
  let url: URL;
  try {
    url = new URL(trimmed, site.origin + pagePath);
  } catch {
    return { internal: true, reason: 'not a valid URL' };
  }
  if (url.origin !== site.origin) return { internal: false };
  const target = resolveTarget(url, site);
  if ('reason' in target) return { internal: true, reason: target.reason };
  if (trimmed.endsWith('#')) return { internal: true, reason: 'empty fragment' };
  if (url.hash) {
    const page = site.pages.get(target.file);
    if (page) {
      let fragment: string;
      try {
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        return { internal: true, reason: 'the fragment is not valid percent-encoding' };
      }
      if (!page.anchors.has(fragment)) return { internal: true, reason: `no element with id "${fragment}" on ${urlPathOf(target.file)}` };
    }
  }
  return { internal: true };
}

/** Checks every link on every page. */
export function checkLinks(site: BuiltSite): LinkReport {
  const report: LinkReport = { pages: site.pages.size, internal: 0, external: 0, broken: [] };
  for (const [file, page] of site.pages) {
    const pagePath = urlPathOf(file);
    for (const reason of page.problems) report.broken.push({ page: pagePath, url: '', via: 'json-ld', reason });
    for (const link of page.links) {
      const result = checkUrl(link.url, pagePath, site);
      if (result.internal) report.internal++;
      else report.external++;
      if (result.reason) report.broken.push({ page: pagePath, url: link.url, via: link.via, reason: result.reason });
    }
  }
  return report;
}

/**
 * One line per distinct broken link, with the pages it is on: a link broken
 * in the layout shows once, not once per page.
 */
export function formatBroken(broken: readonly BrokenLink[], pagesShown = 5): string {
  const groups = new Map<string, string[]>();
  for (const b of broken) {
    const key = `${b.via} ${JSON.stringify(b.url)} → ${b.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), b.page]);
  }
  return [...groups]
    .map(([key, pages]) => {
      const shown = pages.slice(0, pagesShown).join(', ');
      const more = pages.length > pagesShown ? ` and ${pages.length - pagesShown} more` : '';
      return `${key}\n    on ${shown}${more}`;
    })
    .join('\n');
}
