// The engine's "today" can be fixed, so a build of fixed content reads the same any day.
import { afterEach, expect, test, vi } from 'vitest';
import { today } from '../../../src/core/today.ts';
import { pastDay } from '../../../src/schemas/date.ts';

afterEach(() => vi.unstubAllEnvs());

test('without LOCKGUIDE_TODAY, today is the real day', () => {
  vi.stubEnv('LOCKGUIDE_TODAY', '');
  expect(today()).toBe(new Date().toISOString().slice(0, 10));
});

test('LOCKGUIDE_TODAY fixes the day the dates are checked against', () => {
  vi.stubEnv('LOCKGUIDE_TODAY', '2026-01-15');
  expect(today()).toBe('2026-01-15');
  expect(pastDay.safeParse('2026-01-15').success).toBe(true);
  expect(pastDay.safeParse('2026-01-16').success).toBe(false); // in the future, as of that day
});

test('a LOCKGUIDE_TODAY that is not a day is refused, naming it', () => {
  vi.stubEnv('LOCKGUIDE_TODAY', 'yesterday');
  expect(() => today()).toThrow('LOCKGUIDE_TODAY is "yesterday": write the day as YYYY-MM-DD');
});
