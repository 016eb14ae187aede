// The guide's own content passes `npm run check`, as authors run it before every commit. (How fast it
// runs is the benchmark's to report, not a test's: a test with a clock fails on a busy machine.)
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('npm run check finds no problem in content/', () => {
  const result = spawnSync('node_modules/.bin/node', ['src/check/cli.ts', '--content', 'content'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toBe('');
  // Notes say what the guide goes without (no publisher to send corrections to), and are not problems.
  expect(result.stdout).toMatch(/^(Note: [^\n]+\n\n)*checked \d{3,} pages, \d+ data files in \d+ ms: 0 problems\n$/);
});
