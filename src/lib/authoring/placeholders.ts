/**
 * A placeholder is a value the author has still to write, marked so that it
 * cannot be mistaken for content: "TODO", or "TODO: what goes here". Drafts
 * may hold them anywhere; a file that is published may not.
 */

/** The marker every placeholder starts with. */
export const PLACEHOLDER = 'TODO';

const MARKED = /^TODO\b/;

/** True for a placeholder value. */
export const isPlaceholder = (value: unknown): boolean => typeof value === 'string' && MARKED.test(value.trim());

/** The value at a field path, or undefined when the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Paths of every placeholder in front matter data, depth first. */
export function placeholderPaths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (isPlaceholder(data)) return [path];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, item]) => placeholderPaths(item, [...path, key]));
  return [];
}

/** Offsets from the body's first line (0 for that line) of the lines that begin with a placeholder. */
export function placeholderLines(body: string): number[] {
  return body.split('\n').flatMap((line, i) => (MARKED.test(line.trim()) ? [i] : []));
}
