import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** A heading of the rendered document, in the shape Astro expects. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
  }
}

const HEADING = /^h([2-6])$/;

/**
 * Collects h2–h6 headings (after rehype-slug gave them ids) and appends to
 * each a small "#" link to itself, which readers copy to share a section.
 */
export const rehypeHeadingAnchors: Plugin<[], Root> = () => (tree, file) => {
  const headings: Heading[] = (file.data.headings = []);
  visit(tree, 'element', (node: Element) => {
    const depth = HEADING.exec(node.tagName)?.[1];
    const slug = node.properties.id;
    if (!depth || typeof slug !== 'string') return;
    const text = toString(node);
    headings.push({ depth: Number(depth), slug, text });
    node.children.push({
      type: 'element',
      tagName: 'a',
      properties: { className: ['anchor'], href: `#${slug}`, ariaLabel: `Link to section: ${text}` },
      children: [{ type: 'text', value: '#' }],
    });
  });
};
