// The tests `npm run mutate` runs against each mutant: the unit tests and the content rules, which
// run in seconds. The build and browser tests are left out: a mutant in a rule is killed by a unit
// test or not at all, and a build per mutant would take days.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/forbidden.test.ts'],
    exclude: ['tests/unit/engine-layout.test.ts', 'tests/unit/engine-is-topic-free.test.ts'],
  },
});
