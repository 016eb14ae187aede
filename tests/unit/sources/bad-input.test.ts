// `npm run sources` on bad content stops before visiting anything, naming the file, the line and
// the field: a source that is not https, a contact without a source, an article source on http.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureContent } from '../../helpers/fixture-build.ts';

function sources(file: string, edit: (text: string) => string) {
  const dir = fixtureContent({ edit: (content) => fs.writeFileSync(path.join(content, file), edit(fs.readFileSync(path.join(content, file), 'utf8'))) });
  const result = spawnSync(process.execPath, ['src/sources/cli.ts', '--content', path.join(dir, 'content'), '--reports', path.join(dir, 'reports')], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr, wrote: fs.existsSync(path.join(dir, 'reports')) };
}

test('a contact source that is not https', () => {
  const { status, output, wrote } = sources('data/shops/green-seeds.yaml', (yaml) => yaml.replace('    source: https://garden.example/green-seeds\n    checked: 2026-01-10\n  - purpose: pay', '    source: http://garden.example/green-seeds\n    checked: 2026-01-10\n  - purpose: pay'));
  expect(status).toBe(1);
  expect(output).toContain('data/shops/green-seeds.yaml');
  expect(output).toMatch(/line 16, field "channels\.0\.source": must be an https address/);
  expect(output).not.toContain('Visiting');
  expect(wrote).toBe(false);
});

test('a contact without a source', () => {
  const { status, output } = sources('data/councils/town-council.yaml', (yaml) => yaml.replace('    source: https://garden.example/council\n    checked', '    checked'));
  expect(status).toBe(1);
  expect(output).toContain('data/councils/town-council.yaml');
  expect(output).toMatch(/field "channels\.0\.source": is missing/);
});

test('an article source on http', () => {
  const { status, output } = sources('en/basics/soil.mdx', (mdx) => mdx.replace('url: https://garden.example/handbook', 'url: http://garden.example/handbook'));
  expect(status).toBe(1);
  expect(output).toMatch(/en\/basics\/soil\.mdx\n {2}- line 10, field "sources\.0\.url": must be an https address/);
});
