// The tests `npm run mutate` runs against each mutant: the unit tests, the content rules and the
// bad-input cases (the check, in-process), which run in seconds. The build and browser tests are left
// out: a build per mutant would take days.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/forbidden.test.ts', 'tests/build/bad-input.test.ts'],
    exclude: ['tests/unit/engine-layout.test.ts', 'tests/unit/engine-is-topic-free.test.ts'],
  },
});
