import { expect, test } from 'vitest';
import { tenths } from '../../../src/core/progress.ts';

test('progress is reported at each tenth and at the end, not at every step', () => {
  const reports: number[] = [];
  const step = tenths(95, (done) => reports.push(done));
  for (let i = 0; i < 95; i++) step();
  expect(reports).toEqual([10, 19, 29, 38, 48, 57, 67, 76, 86, 95]);
});

test('a short task reports every step', () => {
  const reports: number[] = [];
  const step = tenths(3, (done, total) => reports.push(done / total));
  step();
  step();
  step();
  expect(reports).toEqual([1 / 3, 2 / 3, 1]);
});
