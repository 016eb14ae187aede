// Days in front matter and data: written YYYY-MM-DD (quoted or not), on the calendar, and not yet to come.
import { afterEach, expect, test, vi } from 'vitest';
import { isoDay, pastDay } from '../../../src/schemas/date.ts';

afterEach(() => vi.unstubAllEnvs());
const message = (schema: typeof isoDay | typeof pastDay, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]!.message;
};

test('a day written unquoted (YAML gives a Date) and quoted give the same text', () => {
  expect(isoDay.parse(new Date('2026-11-25T00:00:00Z'))).toBe('2026-11-25');
  expect(isoDay.parse('2026-11-25')).toBe('2026-11-25');
});

test('each mistake is told its own way', () => {
  expect(message(isoDay, undefined)).toBe('is missing');
  expect(message(isoDay, '2026-02-30')).toBe('"2026-02-30" is not a day of the calendar: check the month and the day');
  expect(message(isoDay, '25/11/2026')).toBe('must be a date written YYYY-MM-DD');
  expect(message(isoDay, new Date('not a day'))).toBe('must be a date written YYYY-MM-DD');
});

test('a day after today is in the future', () => {
  vi.stubEnv('LOCKGUIDE_TODAY', '2026-12-07');
  expect(message(pastDay, '2026-12-07')).toBeUndefined();
  expect(message(pastDay, '2026-12-08')).toBe('2026-12-08 is in the future');
});
