/**
 * References between entries, declared in the schemas themselves. `ref('country')`
 * is an id that must name a country; the target rides along in a Zod registry,
 * so one generic walk (`referencesIn`) finds every reference in any entry's
 * data, for the corpus to check and the graph to reverse.
 */
import { z } from 'zod';
import { ENTITY_KINDS, type Kind } from '../kinds.ts';
import { ID_PATTERN } from './common.ts';

/** What a reference field may point to. */
export type RefTarget =
  /** An entry of one of these kinds. */
  | { readonly kinds: readonly Kind[] }
  /** A claim, written "claim-id" (same digest) or "digest-id#claim-id". */
  | { readonly claim: true };

export interface RefMeta {
  readonly target: RefTarget;
  /**
   * A subject reference says what the entry is about (a digest's countries,
   * an event's actors, a dispute's `about`). The graph builds backlinks,
   * timelines and roll-ups from subjects; other references (an actor's
   * country, a membership's organization) are plain relations.
   */
  readonly subject: boolean;
}

export const refRegistry = z.registry<RefMeta>();

const ID_MESSAGE = 'must be lowercase a-z, 0-9 and single hyphens (e.g. "xi-jinping")';

/** An id that must name an entry of `kind` (or of any entity kind, for `'entity'`). */
export function ref(kind: Kind | readonly Kind[] | 'entity', options: { subject?: boolean } = {}) {
  const kinds: readonly Kind[] = kind === 'entity' ? ENTITY_KINDS : typeof kind === 'string' ? [kind] : kind;
  return z.string().regex(ID_PATTERN, ID_MESSAGE).register(refRegistry, { target: { kinds }, subject: options.subject ?? false });
}

/** A list of subject references: `countries: subjects('country')`. */
export function subjects(kind: Kind | 'entity') {
  return z.array(ref(kind, { subject: true })).default([]);
}

const CLAIM_REF = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*#)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FULL_CLAIM_REF = /^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A claim reference; `full` requires the digest part ("digest-id#claim-id"). */
export function claimRef(options: { full?: boolean } = {}) {
  const schema = options.full
    ? z.string().regex(FULL_CLAIM_REF, 'must be "digest-id#claim-id"')
    : z.string().regex(CLAIM_REF, 'must be "claim-id" or "digest-id#claim-id"');
  return schema.register(refRegistry, { target: { claim: true }, subject: false });
}

/** One reference found in an entry's data. */
export interface FoundRef {
  /** Where it stands, e.g. ["claims", 2, "about", 0]. */
  path: (string | number)[];
  /** The field without positions, e.g. "claims.about"; names the relation. */
  field: string;
  value: string;
  meta: RefMeta;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  options?: z.ZodType[];
};

/**
 * References found, by parsed data and schema. Parsed data is never changed,
 * and the parse, the graph, page keys and the search index each ask for the
 * same entries' references: at 10,000 digests the walks took a second a time.
 */
const foundIn = new WeakMap<object, Map<z.ZodType, readonly FoundRef[]>>();

/** Every reference in `data`, which has been validated by `schema`. */
export function referencesIn(schema: z.ZodType, data: unknown): readonly FoundRef[] {
  if (data === null || typeof data !== 'object') return walkReferences(schema, data);
  let bySchema = foundIn.get(data);
  if (!bySchema) foundIn.set(data, (bySchema = new Map()));
  let found = bySchema.get(schema);
  if (!found) bySchema.set(schema, (found = Object.freeze(walkReferences(schema, data))));
  return found;
}

function walkReferences(schema: z.ZodType, data: unknown): FoundRef[] {
  const found: FoundRef[] = [];
  const walk = (node: z.ZodType, value: unknown, path: (string | number)[]) => {
    const meta = refRegistry.get(node);
    if (meta && typeof value === 'string') {
      found.push({ path, field: path.filter((p) => typeof p === 'string').join('.'), value, meta });
      return;
    }
    const def = (node as unknown as { _zod: { def: Def } })._zod.def;
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'readonly':
      case 'prefault':
      case 'catch':
        return walk(def.innerType!, value, path);
      case 'pipe':
        return walk(def.in!, value, path);
      case 'array':
        if (Array.isArray(value)) value.forEach((item, i) => walk(def.element!, item, [...path, i]));
        return;
      case 'union':
        // The value matched one option; walking each finds that option's references, and the others find none.
        for (const option of def.options!) walk(option, value, path);
        return;
      case 'object':
        if (value && typeof value === 'object') {
          for (const [key, child] of Object.entries(def.shape!)) {
            walk(child, (value as Record<string, unknown>)[key], [...path, key]);
          }
        }
        return;
    }
  };
  walk(schema, data, []);
  return found;
}
