/** Reads what a built page's head says about it: meta tags, links and JSON-LD. */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HeadMeta {
  /** `<meta property|name=… content=…>`, every value for each key. */
  meta: Map<string, string[]>;
  /** `<link rel=… href=…>` with their type and title. */
  links: Array<{ rel: string; href: string; type?: string | undefined; title?: string | undefined }>;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
}

const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** Collects the head metadata of an HTML page. */
export function readHead(html: string): HeadMeta {
  const head: HeadMeta = { meta: new Map(), links: [], jsonLd: [] };
  const walk = (node: Node) => {
    if ('tagName' in node) {
      if (node.tagName === 'meta') {
        const key = attr(node, 'property') ?? attr(node, 'name');
        const content = attr(node, 'content');
        if (key && content !== undefined) head.meta.set(key, [...(head.meta.get(key) ?? []), content]);
      } else if (node.tagName === 'link') {
        head.links.push({ rel: attr(node, 'rel') ?? '', href: attr(node, 'href') ?? '', type: attr(node, 'type'), title: attr(node, 'title') });
      } else if (node.tagName === 'script' && attr(node, 'type') === 'application/ld+json') {
        head.jsonLd.push(node.childNodes.map((n) => ('value' in n ? n.value : '')).join(''));
      }
    }
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parse(html));
  return head;
}
