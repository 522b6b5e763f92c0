import type { LinkTarget } from './entity-links.ts';

/**
 * Every entry an `[[id]]` may name, as plain data: a worker thread that
 * renders bodies is handed this table and resolves links exactly as the
 * main thread does.
 */
export interface LinkTable {
  targets: ReadonlyMap<string, LinkTarget>;
  /** Ids of the targets that are drafts. */
  drafts: ReadonlySet<string>;
}

/** How a body resolves `[[id]]`: drafts may link drafts; published bodies may not. */
export function resolverFor(table: LinkTable, draft: boolean): (id: string) => LinkTarget | undefined {
  return draft ? (id) => table.targets.get(id) : (id) => (table.drafts.has(id) ? undefined : table.targets.get(id));
}
