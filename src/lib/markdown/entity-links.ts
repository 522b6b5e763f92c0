import type { Link, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** What an `[[id]]` link resolves to. */
export interface LinkTarget {
  url: string;
  name: string;
  /** "country", "actor", "topic", "event" or "digest"; set as data-type on the link. */
  type: string;
}

/** An `[[id]]` in the body, resolved or not. */
export interface EntityLinkRef {
  id: string;
  line: number;
  resolved: boolean;
}

export interface EntityLinksOptions {
  /** Looks an id up; undefined when no entry has it. */
  resolve: (id: string) => LinkTarget | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Every `[[id]]` in the document, in order. */
    entityLinks: EntityLinkRef[];
  }
}

/** `[[id]]` or `[[id|label]]`; the id may be anything so a bad one can be reported. */
export const WIKI_LINK = /\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]/g;

/**
 * Turns `[[kazakhstan]]` and `[[xi-jinping|Xi]]` into links to the entry's
 * page, labelled with its name or the given label, and records every id on
 * `file.data.entityLinks` so unknown ones can be reported with their line.
 * An unknown id is left as plain text.
 */
export const remarkEntityLinks: Plugin<[Readonly<EntityLinksOptions>], Root> = (options) => (tree, file) => {
  const refs: EntityLinkRef[] = (file.data.entityLinks = []);
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('[[')) return;
    const line = node.position?.start.line ?? 1;
    const parts: Array<Text | Link> = [];
    let last = 0;
    for (const match of node.value.matchAll(WIKI_LINK)) {
      const id = match[1]!.trim();
      const label = match[2]?.trim();
      const target = options.resolve(id);
      const before = node.value.slice(0, match.index);
      refs.push({ id, line: line + (before.match(/\n/g)?.length ?? 0), resolved: Boolean(target) });
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      parts.push(
        target
          ? {
              type: 'link',
              url: target.url,
              children: [{ type: 'text', value: label ?? target.name }],
              data: { hProperties: { className: ['entity'], dataType: target.type, dataEntity: id } },
            }
          : { type: 'text', value: label ?? id },
      );
      last = match.index + match[0].length;
    }
    if (!parts.length) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
};
