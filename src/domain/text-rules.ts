/**
 * Rules for free text shared by every entity. Names are single-line labels (they end up in map labels,
 * spreadsheet cells and file names), long texts may span lines but never hold a NUL, which PostgreSQL
 * cannot store. The same limits are written into the database's check constraints (src/store/schema.ts).
 */
import { z } from 'zod';

export const NAME_MAX = 200;
export const TEXT_MAX = 10_000;
export const LABEL_MAX = 100;
export const SOURCE_MAX = 2_000;
export const LIST_MAX = 100;

/** Unicode category Cc: U+0000–U+001F and U+007F–U+009F. */
const CONTROL_CHARACTER = /\p{Cc}/u;
const NUL = '\u0000';
/** A lone UTF-16 surrogate: not a character at all; PostgreSQL would silently turn it into U+FFFD. */
const LONE_SURROGATE = /\p{Cs}/u;
const wellFormed = { message: 'invalid_character' } as const;

/**
 * A single-line label of 1..max characters after trimming. Custom checks put their issue code (src/domain/
 * errors.ts) in the zod message; the server's problem+json plugin turns codes into Dutch.
 */
export function nameSchema(max = NAME_MAX) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !CONTROL_CHARACTER.test(value), {
      message: 'control_characters',
    })
    .refine((value) => !LONE_SURROGATE.test(value), wellFormed);
}

/** A multi-line text of at most TEXT_MAX characters; empty is allowed and means "not filled in". */
export const longTextSchema = z
  .string()
  .max(TEXT_MAX)
  .refine((value) => !value.includes(NUL), { message: 'nul_character' })
  .refine((value) => !LONE_SURROGATE.test(value), wellFormed);

/**
 * The optimistic-concurrency version a PATCH must send: a PostgreSQL integer, so an absurd value is a
 * clear 400 rather than a database overflow.
 */
export const versionSchema = z.number().int().min(1).max(2_147_483_647);

/** A query-string filter value: bounded, and never a NUL, which PostgreSQL text cannot hold. */
export function queryTextSchema(max: number, min = 1) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !value.includes(NUL), { message: 'nul_character' })
    .refine((value) => !LONE_SURROGATE.test(value), wellFormed);
}

/**
 * Several values of one query parameter or flag: `rijk,gemeente`, or the parameter repeated; either way
 * the items, trimmed, each checked by `items`.
 */
export function valueListSchema<T extends z.ZodType<unknown, string[]>>(items: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) =>
      [value]
        .flat()
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(items);
}

/** A list of short labels without duplicates (order kept, as the user typed it). */
export function labelListSchema(max = LABEL_MAX) {
  return z
    .array(nameSchema(max))
    .max(LIST_MAX)
    .refine((items) => new Set(items).size === items.length, {
      message: 'duplicate_items',
    });
}

/** Sources: free text or URLs, one line each. */
export const sourceListSchema = z.array(nameSchema(SOURCE_MAX)).max(LIST_MAX);
