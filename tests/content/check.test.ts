// The guide's own content passes `npm run check`, as authors run it before every commit. (How fast it
// runs is the benchmark's to report, not a test's: a test with a clock fails on a busy machine.)
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('npm run check finds no problem in content/', () => {
  const result = spawnSync('node_modules/.bin/node', ['src/check/cli.ts', '--content', 'content'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toBe('');
  // Warnings (titles and summaries as search results show them, no corrections address) may come first; nothing else does.
  expect(result.stdout).toMatch(/^(Warnings \(the build goes on\):\n[\s\S]*\n\n)?checked \d{3,} pages, \d+ data files in \d+ ms: 0 problems(, \d+ warnings?)?\n$/);
});
