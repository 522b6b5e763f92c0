import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** A construct in the Markdown that the site refuses to publish. */
export interface UnsafeMarkup {
  line: number;
  message: string;
}

declare module 'vfile' {
  interface DataMap {
    unsafeMarkup: UnsafeMarkup[];
  }
}

/** Link targets an author may use: web pages, mail, site paths and fragments. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|\/(?!\/)|#|\.{0,2}\/)/i;

/**
 * Reports raw HTML and links or images whose URL is not http(s), mailto or a
 * site path (so `javascript:` and `data:` URLs are refused). The build treats
 * each report as an error; the sanitizer later in the pipeline is a second
 * line of defence, not the first.
 */
export const remarkUnsafeMarkup: Plugin<[], Root> = () => (tree, file) => {
  const found: UnsafeMarkup[] = (file.data.unsafeMarkup = []);
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      found.push({ line, message: `raw HTML is not allowed: ${JSON.stringify(node.value.slice(0, 60))}; write Markdown` });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !SAFE_URL.test(node.url.trim())) {
      found.push({ line, message: `${node.type} URL ${JSON.stringify(node.url.slice(0, 60))} is not allowed; use http(s), mailto or a site path` });
    }
  });
};
