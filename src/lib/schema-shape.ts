/**
 * Reading the shape of a Zod schema: what skeletons are written from and
 * what a file that fails its schema is salvaged by.
 */
import type { z } from 'zod';

export interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: Array<{ _zod: { def: { check: string; minimum?: number } } }>;
}

export const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** A field with its optional and default wrappers taken off. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean; fallback?: unknown } {
  let inner = schema;
  let optional = false;
  let fallback: unknown;
  for (let def = defOf(inner); def.type === 'optional' || def.type === 'default'; def = defOf(inner)) {
    if (def.type === 'optional') optional = true;
    else fallback = def.defaultValue;
    inner = def.innerType!;
  }
  return fallback === undefined ? { inner, optional } : { inner, optional, fallback };
}

/**
 * What can be kept of a value that fails its schema: every field and list
 * item that passes on its own, with defaults where a field failed. List items
 * keep their places (a failed one is left empty), so that problems found
 * later still point at the right line. Used only to go on checking a file
 * that has already been reported; never published.
 */
export function salvage(schema: z.ZodType, value: unknown): unknown {
  const direct = schema.safeParse(value);
  if (direct.success) return direct.data;
  const { inner, fallback } = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object') {
    const given = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const kept: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(def.shape ?? {})) {
      const item = salvage(field, given[key]);
      if (item !== undefined) kept[key] = item;
    }
    return kept;
  }
  if (def.type === 'array') return Array.isArray(value) ? value.map((item) => salvage(def.element!, item)) : (fallback ?? []);
  return fallback;
}
