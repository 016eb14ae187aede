import { z } from './zod.ts';
import { today } from '../core/today.ts';

const WRITTEN_AS_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day kept as "YYYY-MM-DD". YAML turns an unquoted date into a Date and a quoted one
 * into a string; both arrive here as the same string, so pages and tests compare plain text.
 */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({
    error: (issue) =>
      issue.input === undefined
        ? 'is missing'
        : typeof issue.input === 'string' && WRITTEN_AS_DAY.test(issue.input)
          ? `"${issue.input}" is not a day of the calendar: check the month and the day`
          : 'must be a date written YYYY-MM-DD',
  }),
);

/** A day that has come: when something was changed or checked. A day in the future is a typing mistake. */
export const pastDay = isoDay.refine((day) => day <= today(), { error: (issue) => `${String(issue.input)} is in the future` });
