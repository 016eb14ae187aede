// Today as the engine sees it: the real day, or the day LOCKGUIDE_TODAY names (YYYY-MM-DD), so that a
// build of fixed content (the tests' fixture site, or yesterday's build reproduced) reads the same on
// any day: contacts go stale, and dates are "in the future", against this day.
const WRITTEN_AS_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function today(): string {
  const fixed = process.env.LOCKGUIDE_TODAY;
  if (fixed === undefined || fixed === '') return new Date().toISOString().slice(0, 10);
  if (!WRITTEN_AS_DAY.test(fixed)) throw new Error(`LOCKGUIDE_TODAY is "${fixed}": write the day as YYYY-MM-DD, or leave it unset for today`);
  return fixed;
}
