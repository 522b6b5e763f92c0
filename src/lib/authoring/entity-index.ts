/** The entities of a corpus as the scaffold looks them up: names, kinds, what each refers to. */
import type { Corpus } from '../corpus.ts';
import { ENTITY_KINDS } from '../kinds.ts';
import type { KnownEntity } from './find-entities.ts';
import type { GraphEntity } from './related.ts';

export type IndexedEntity = KnownEntity & GraphEntity;

/** Every string anywhere in a value. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}

/**
 * Every entity of every entity kind in the table of kinds. An entity refers to every other entity whose id appears among
 * its front matter values, so no list of reference fields is kept here.
 */
export function entityIndex(corpus: Corpus): IndexedEntity[] {
  const entries = ENTITY_KINDS.flatMap((type) => corpus[type].map((entry) => ({ entry, type })));
  const ids = new Set(entries.map(({ entry }) => entry.id));
  return entries.map(({ entry, type }) => {
    const data = entry.data as { name: string; aliases: string[]; date?: string };
    const { name, aliases, ...rest } = data;
    return {
      id: entry.id,
      kind: type,
      names: [name, ...aliases],
      refs: [...new Set([...strings(rest)].filter((s) => ids.has(s) && s !== entry.id))],
      date: typeof data.date === 'string' ? data.date : undefined,
    };
  });
}
