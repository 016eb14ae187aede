import { z } from './zod.ts';

/**
 * A calendar day kept as "YYYY-MM-DD". YAML turns an unquoted date into a Date and a quoted one
 * into a string; both arrive here as the same string, so pages and tests compare plain text.
 */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a date written YYYY-MM-DD') }),
);
