/**
 * The source articles the real digests were made from. They are not part of
 * the repository: CI checks them out beside the clone, in ../shared/seeds/
 * (SEEDS_DIR overrides). Tests that need them fail, not skip, without them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(process.env.SEEDS_DIR || join(import.meta.dirname, '../../../shared/seeds'));

/** The seed folder, or an error saying where it was looked for. */
export function seedsDir(): string {
  if (!existsSync(SEEDS_DIR)) throw new Error(`the source articles are not at ${SEEDS_DIR}; check them out beside the clone or set SEEDS_DIR`);
  return SEEDS_DIR;
}
