import { z } from 'zod';

/**
 * An entity or digest id: lowercase ASCII words joined by single hyphens.
 * Ids become URL segments and file names, so anything that could escape a
 * folder (`..`, `/`), differ only by case or Unicode normalization, or need
 * percent-encoding is refused rather than repaired.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase a-z, 0-9 and single hyphens (e.g. "xi-jinping")');

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` is YYYY, YYYY-MM or YYYY-MM-DD and names a real calendar day or month. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * A date written as YYYY, YYYY-MM or YYYY-MM-DD. Front matter is parsed with
 * YAML's core schema, so dates arrive as strings and an impossible day such as
 * 2022-02-30 is caught here instead of rolling over to March.
 */
export const PartialDateSchema = z
  .string()
  .refine(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');

export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * True while a file is being written: it is checked like any other, except
 * that placeholders ("TODO…") are allowed, and it is never published.
 */
export const DraftSchema = z.boolean().default(false);

/** A non-empty single line of text (titles, names). */
export const LineSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !/[\r\n]/.test(s), 'must be a single line');

