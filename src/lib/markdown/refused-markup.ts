import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** A construct in the Markdown that the site refuses to publish. */
export interface RefusedMarkup {
  line: number;
  message: string;
}

declare module 'vfile' {
  interface DataMap {
    refusedMarkup: RefusedMarkup[];
  }
}

/** Link targets an author may use: web pages, mail, site paths and fragments. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?!\/)|#|\.{0,2}\/)/i;

/**
 * Reports raw HTML, links or images whose URL is not http(s), mailto or a
 * site path (so `javascript:` and `data:` URLs are refused), and level-1
 * headings (the page title is the only h1). The corpus treats each report as
 * an error; the sanitizer later in the pipeline is a second line of defence.
 */
export const remarkRefusedMarkup: Plugin<[], Root> = () => (tree, file) => {
  const found: RefusedMarkup[] = (file.data.refusedMarkup = []);
  let lastHtmlLine = 0;
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      // One report a line: `<svg><script>` is one mistake, not four.
      if (line === lastHtmlLine) return;
      lastHtmlLine = line;
      found.push({ line, message: `raw HTML is not allowed: ${JSON.stringify(node.value.slice(0, 60))}; write Markdown` });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
      found.push({ line, message: `${node.type} URL ${JSON.stringify(node.url.slice(0, 60))} is not allowed; use http(s), mailto or a site path` });
    } else if (node.type === 'heading' && node.depth === 1) {
      found.push({ line, message: 'level-1 heading ("# …") is not allowed: the page title is the h1; start sections with "##"' });
    }
  });
};
