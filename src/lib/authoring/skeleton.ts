/**
 * Front matter skeletons written from the schemas themselves, so every kind
 * of content file, including kinds added later, gets one: required fields
 * as placeholders (with the allowed values when there is a fixed list),
 * fields with defaults at their default, optional fields as comments.
 */
import type { z } from 'zod';
import { defOf, unwrap } from '../schema-shape.ts';
import { PLACEHOLDER } from './placeholders.ts';

/** A value to write instead of the schema's, with a note for the author. */
export interface Filled {
  value: string | boolean | readonly string[];
  /** Shown after the value as a YAML comment. */
  comment?: string;
  /** For lists: a comment after each item. */
  itemComments?: readonly string[];
}

/** A string field that takes a date and refuses words. */
const isDateField = (schema: z.ZodType) => schema.safeParse('2020-01-01').success && !schema.safeParse(PLACEHOLDER).success;

const yaml = (value: unknown) => JSON.stringify(value);
const withComment = (line: string, comment?: string) => (comment ? `${line}  # ${comment}` : line);

function placeholderFor(schema: z.ZodType): { value: string; comment?: string } {
  const def = defOf(schema);
  if (def.type === 'enum') return { value: PLACEHOLDER, comment: `one of: ${Object.values(def.entries!).join(', ')}` };
  if (isDateField(schema)) return { value: PLACEHOLDER, comment: 'a date: YYYY-MM-DD, YYYY-MM or YYYY' };
  return { value: PLACEHOLDER };
}

function minItems(schema: z.ZodType): number {
  return defOf(schema).checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
}

/**
 * The front matter lines of an object schema. `filled` maps dotted field
 * paths ("source.file") to values that replace the schema's.
 */
export function skeletonLines(schema: z.ZodType, filled: Readonly<Record<string, Filled>> = {}, prefix = '', indent = ''): string[] {
  const lines: string[] = [];
  for (const [key, field] of Object.entries(defOf(schema).shape ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const given = filled[path];
    const { inner, optional, fallback } = unwrap(field);
    const def = defOf(inner);
    if (given) {
      lines.push(...filledLines(key, given, indent));
    } else if (def.type === 'object' && !optional) {
      lines.push(`${indent}${key}:`, ...skeletonLines(inner, filled, path, `${indent}  `));
    } else if (fallback !== undefined) {
      lines.push(`${indent}${key}: ${yaml(fallback)}`);
    } else if (optional) {
      lines.push(`${indent}# ${key}:`);
    } else if (def.type === 'array') {
      const items = minItems(inner);
      if (!items) lines.push(`${indent}${key}: []`);
      else {
        lines.push(`${indent}${key}:`);
        for (let i = 0; i < items; i++) lines.push(...listItem(def.element!, `${indent}  `));
      }
    } else if (def.type === 'boolean') {
      lines.push(`${indent}${key}: false`);
    } else {
      const { value, comment } = placeholderFor(inner);
      lines.push(withComment(`${indent}${key}: ${yaml(value)}`, comment));
    }
  }
  return lines;
}

function listItem(element: z.ZodType, indent: string): string[] {
  if (defOf(element).type !== 'object') {
    const { value, comment } = placeholderFor(element);
    return [withComment(`${indent}- ${yaml(value)}`, comment)];
  }
  const [first = '', ...rest] = skeletonLines(element, {}, '', `${indent}  `);
  return [`${indent}- ${first.trimStart()}`, ...rest];
}

function filledLines(key: string, given: Filled, indent: string): string[] {
  if (typeof given.value === 'string' || typeof given.value === 'boolean') {
    return [withComment(`${indent}${key}: ${yaml(given.value)}`, given.comment)];
  }
  const items = given.value as readonly string[];
  if (!items.length) return [withComment(`${indent}${key}: []`, given.comment)];
  return [
    withComment(`${indent}${key}:`, given.comment),
    ...items.map((item, i) => withComment(`${indent}  - ${yaml(item)}`, given.itemComments?.[i])),
  ];
}

/** A whole file: a draft with the skeleton's front matter and a placeholder body. */
export function skeletonFile(schema: z.ZodType, filled: Readonly<Record<string, Filled>> = {}, extraComments: readonly string[] = []): string {
  const lines = skeletonLines(schema, { ...filled, draft: { value: true, comment: 'not published until this line is removed' } });
  // The draft flag goes first, where an author looks before publishing.
  const draft = lines.findIndex((l) => l.startsWith('draft:'));
  const ordered = [lines[draft]!, ...lines.filter((_, i) => i !== draft)];
  return ['---', ...ordered, ...extraComments.map((c) => (c ? `# ${c}` : '#')), '---', '', `${PLACEHOLDER}: write this in your own words, and link the entities it discusses.`, ''].join('\n');
}
