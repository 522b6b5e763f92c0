import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

/** What an `[[id]]` link resolves to. */
export interface LinkTarget {
  url: string;
  name: string;
  /** The kind of entry ("country", "place", "digest", …); set as data-type on the link. */
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

/** An entity link being read: `[[` seen, then the id, then (after `|`) the label. */
interface Open {
  line: number;
  id: string;
  /** True once `|` has been read: what follows is the label, until `]]`. */
  inLabel: boolean;
  label: PhrasingContent[];
  /** The source read so far, to give back as text when the link is refused. */
  raw: PhrasingContent[];
}

const ID_PART = /^([^[\]|\n]*)(\||\]\])/;

/**
 * Entity links as syntax over the parsed Markdown tree, not a regex over
 * text: `[[kazakhstan]]` and `[[xi-jinping|*Xi*]]` become links to the
 * entry's page, labelled with its name or with the label as written
 * (emphasis and all). Because the tree is already parsed, `[[` inside code
 * stays code, and an entity link inside an ordinary link, a link inside a
 * label, an empty id or an unclosed `[[` are reported with their line (in
 * `file.data.refusedMarkup`, which the corpus treats as errors) instead of
 * being published as stray brackets. Every id is recorded on
 * `file.data.entityLinks` so unknown ones can be reported too.
 */
export const remarkEntityLinks: Plugin<[Readonly<EntityLinksOptions>], Root> = (options) => (tree, file) => {
  file.data.entityLinks = [];
  file.data.refusedMarkup ??= [];
  const parents: Parent[] = [];
  visitParents(tree, (node, ancestors) => {
    if ('children' in node && (node.children as PhrasingContent[]).some((c) => c.type === 'text' && c.value.includes('[['))) {
      if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference') || node.type === 'link' || node.type === 'linkReference') {
        refuse(file, node.position?.start.line ?? 1, 'an entity link ([[…]]) cannot stand inside a link: links cannot nest');
        return;
      }
      parents.push(node as Parent);
    }
  });
  for (const parent of parents) parent.children = linkChildren(parent.children as PhrasingContent[], options, file) as Parent['children'];
  // Parents are rewritten outermost first; list the links in reading order.
  file.data.entityLinks.sort((a, b) => a.line - b.line);
  file.data.refusedMarkup.sort((a, b) => a.line - b.line);
};

function refuse(file: VFile, line: number, message: string) {
  file.data.refusedMarkup!.push({ line, message });
}

/** The children of one phrasing parent with every `[[…]]` run turned into a link. */
function linkChildren(children: readonly PhrasingContent[], options: Readonly<EntityLinksOptions>, file: VFile): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let open: Open | undefined;
  const text = (value: string): Text => ({ type: 'text', value });

  const giveBack = (current: Open, message: string) => {
    refuse(file, current.line, message);
    out.push(...current.raw);
    open = undefined;
  };
  const close = (current: Open) => {
    const id = current.id.trim();
    open = undefined;
    if (!id) {
      refuse(file, current.line, 'an entity link needs an id: write [[id]] or [[id|label]]');
      out.push(...current.raw);
      return;
    }
    const target = options.resolve(id);
    file.data.entityLinks!.push({ id, line: current.line, resolved: Boolean(target) });
    const label = trimLabel(current.label);
    if (!target) {
      out.push(...(label.length ? label : [text(id)]));
      return;
    }
    const link: Link = {
      type: 'link',
      url: target.url,
      children: label.length ? label : [text(target.name)],
      data: { hProperties: { className: ['entity'], dataType: target.type, dataEntity: id } },
    };
    out.push(link);
  };

  for (const child of children) {
    if (child.type !== 'text') {
      if (!open) out.push(child);
      else if (!open.inLabel) giveBack(open, 'an entity link id must be plain text: write [[id]] or [[id|label]]'), out.push(child);
      else if (child.type === 'link' || child.type === 'linkReference') giveBack(open, 'an entity link label cannot contain a link'), out.push(child);
      else open.label.push(child), open.raw.push(child);
      continue;
    }
    let rest = child.value;
    let line = child.position?.start.line ?? 1;
    while (rest) {
      if (!open) {
        const at = rest.indexOf('[[');
        if (at < 0) {
          out.push(text(rest));
          break;
        }
        if (at > 0) out.push(text(rest.slice(0, at)));
        line += countNewlines(rest.slice(0, at));
        open = { line, id: '', inLabel: false, label: [], raw: [text('[[')] };
        rest = rest.slice(at + 2);
      } else if (!open.inLabel) {
        const match = ID_PART.exec(rest);
        if (!match) {
          giveBack(open, 'unclosed entity link: "[[" needs an id and a closing "]]" on the same line');
          continue;
        }
        open.id = match[1]!;
        open.raw.push(text(match[0]));
        rest = rest.slice(match[0].length);
        if (match[2] === ']]') close(open);
        else open.inLabel = true;
      } else {
        const end = rest.indexOf(']]');
        const part = end < 0 ? rest : rest.slice(0, end);
        if (part) open.label.push(text(part)), open.raw.push(text(part));
        line += countNewlines(part);
        if (end < 0) break;
        rest = rest.slice(end + 2);
        close(open);
      }
    }
  }
  if (open) giveBack(open, 'unclosed entity link: "[[" without a closing "]]"');
  return mergeTexts(out);
}

const countNewlines = (s: string) => s.split('\n').length - 1;

/** The label without the spaces around it ("[[id| Xi ]]" is labelled "Xi"). */
function trimLabel(label: PhrasingContent[]): PhrasingContent[] {
  const copy = label.map((node) => (node.type === 'text' ? { ...node } : node));
  const first = copy[0];
  const last = copy[copy.length - 1];
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return copy.filter((node) => node.type !== 'text' || node.value !== '');
}

/** Adjacent text nodes joined, as the parser would have left them. */
function mergeTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (node.type === 'text' && previous?.type === 'text') merged[merged.length - 1] = { type: 'text', value: previous.value + node.value };
    else merged.push(node);
  }
  return merged;
}
