/**
 * The table of contents of a long page: its sections in reading order, with
 * the body's own second-level headings where the body stands (deeper ones
 * would make the list as long as the page). Pages list their sections here;
 * the component only draws them.
 */
import type { Heading } from '../markdown/heading-anchors.ts';

/** One line of a table of contents. */
export interface TocItem {
  /** The id of the heading it leads to. */
  id: string;
  text: string;
}

/** A page section, or the place where the rendered body's headings go. */
export type TocSection = { id: string; text: string; shown?: boolean } | { body: readonly Heading[] };

/** Fewer entries than this and a page is short enough to need no contents. */
export const MIN_TOC_ITEMS = 3;

/** The items of a page's contents, or none when the page is too short to need them. */
export function tableOfContents(sections: readonly TocSection[]): TocItem[] {
  const items: TocItem[] = [];
  for (const section of sections) {
    if ('body' in section) {
      for (const h of section.body) if (h.depth === 2) items.push({ id: h.slug, text: h.text });
    } else if (section.shown !== false) {
      items.push({ id: section.id, text: section.text });
    }
  }
  return items.length >= MIN_TOC_ITEMS ? items : [];
}
