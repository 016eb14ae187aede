// The guide's own content passes `npm run check`, fast: authors run it before every commit.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('npm run check finds no problem in content/, in well under 5 seconds', () => {
  const started = Date.now();
  const result = spawnSync('node_modules/.bin/node', ['src/check/cli.ts', '--content', 'content'], { encoding: 'utf8' });
  const elapsed = Date.now() - started;
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toBe('');
  expect(result.stdout).toMatch(/^checked \d{3,} pages, \d+ data files in \d+ ms: 0 problems\n$/);
  expect(elapsed).toBeLessThan(5000);
});
