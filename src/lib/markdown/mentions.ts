import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { SITE } from '../seo/site.ts';

/** A sentence of a document that links to an entity. */
export interface Mention {
  id: string;
  sentence: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Each entity linked in the body, with the sentence that links it. */
    mentions: Mention[];
  }
}

// Bodies are written in the site's language.
const segmenter = new Intl.Segmenter(SITE.language, { granularity: 'sentence' });

/**
 * Records, for every entity link in a paragraph, list item or table cell, the
 * sentence it stands in: the context shown in backlinks on entity pages.
 * Runs after remark-entity-links, so it sees resolved links only.
 */
export const remarkMentions: Plugin<[], Root> = () => (tree, file) => {
  const mentions: Mention[] = (file.data.mentions = []);
  const seen = new Set<string>();
  visit(tree, ['paragraph', 'tableCell', 'heading'], (block) => {
    const text = toString(block);
    const sentences = [...segmenter.segment(text)].map((s) => ({ start: s.index, text: s.segment }));
    let offset = 0;
    // Walk the block in document order, tracking where each link's text falls.
    const walk = (node: Nodes) => {
      if (node.type === 'link' && typeof node.data?.hProperties?.dataEntity === 'string') {
        const id = node.data.hProperties.dataEntity;
        const sentence = sentences.findLast((s) => s.start <= offset)?.text.trim() ?? text;
        const key = `${id}\u0000${sentence}`;
        if (!seen.has(key)) {
          seen.add(key);
          mentions.push({ id, sentence });
        }
      }
      if ('children' in node) for (const child of node.children) walk(child as Nodes);
      else if ('value' in node && node.type !== 'html') offset += (node.value as string).length;
    };
    walk(block as Nodes);
    return 'skip';
  });
};
