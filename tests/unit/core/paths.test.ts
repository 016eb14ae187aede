// Every command finds the content folder and the output folder the same way: a flag, else the
// environment, else content/ and dist/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';

function folders(args: string[], env: Record<string, string> = {}) {
  const script = "import { contentDir, outDir } from './src/core/paths.ts'; console.log(JSON.stringify([contentDir, outDir]));";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOCKGUIDE_CONTENT: '', LOCKGUIDE_OUT: '', ...env },
  });
  return JSON.parse(result.stdout) as [string, string];
}

test('--content and --out name the folders, in either form', () => {
  expect(folders(['--content', 'a/content', '--out=b/dist'])).toEqual([path.resolve('a/content'), path.resolve('b/dist')]);
});

test('without flags, the environment; without that, content/ and dist/', () => {
  expect(folders([], { LOCKGUIDE_CONTENT: 'x/content', LOCKGUIDE_OUT: 'x/dist' })).toEqual([path.resolve('x/content'), path.resolve('x/dist')]);
  expect(folders([])).toEqual([path.resolve('content'), path.resolve('dist')]);
});
