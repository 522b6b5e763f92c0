/**
 * A counter of content changes shared by the dev server's watcher and the
 * page modules. Both run in one Node process but load separate module
 * instances, so the count lives on globalThis.
 */
const KEY = Symbol.for('central-asia-digest.content-generation');
type WithGeneration = typeof globalThis & { [KEY]?: number };

export function contentGeneration(): number {
  return (globalThis as WithGeneration)[KEY] ?? 0;
}

export function bumpContentGeneration(): void {
  (globalThis as WithGeneration)[KEY] = contentGeneration() + 1;
}
