// `npm run check` says once, as a warning and not a problem, why directory pages have no
// "Wrong number? Tell us" link: the publisher gives no way to report one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fixtureContent } from '../../helpers/fixture-build.ts';

function check(editSite: (yaml: string) => string): { status: number | null; output: string } {
  const dir = fixtureContent({ edit: (content) => fs.writeFileSync(path.join(content, 'site.yaml'), editSite(fs.readFileSync(path.join(content, 'site.yaml'), 'utf8'))) });
  const result = spawnSync(process.execPath, ['src/check/cli.ts', '--content', path.join(dir, 'content')], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}
const notes = (output: string) => output.split('\n').filter((line) => line.includes('"Wrong number? Tell us"'));

test('a publisher with a corrections address: no note', () => {
  const { status, output } = check((yaml) => yaml);
  expect(status).toBe(0);
  expect(notes(output)).toEqual([]);
});

test('a publisher without one: one note naming the file and field, and the check still passes', () => {
  const { status, output } = check((yaml) => yaml.replace(/ {2}corrections:\n {4}email: .*\n/, ''));
  expect(status).toBe(0);
  expect(notes(output)).toEqual([expect.stringMatching(/^ {2}- field "publisher\.corrections": missing, so directory pages have no "Wrong number\? Tell us" link/)]);
  expect(output).toMatch(/^Warnings \(the build goes on\):\n.*site\.yaml\n {2}- field "publisher\.corrections"/m);
});

test('no publisher at all: one note naming the field "publisher"', () => {
  const { status, output } = check((yaml) => yaml.replace(/publisher:\n(?: {2}.*\n)+/, ''));
  expect(status).toBe(0);
  expect(notes(output)).toEqual([expect.stringMatching(/^ {2}- field "publisher": missing, so/)]);
});
