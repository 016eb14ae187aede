// Bad input the build must stop on, and the fixture site built whole: the build runs the check
// first and stops on its problems; a folder with a build-only.txt holds what only the build can see
// (it says why), and there the build must fail with the lines of expected.txt in its output.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { badInput, buildOnly, cases, check, expectedLines, relative, reportLines } from '../helpers/bad-input.ts';
import { buildFixture, fixtures } from '../helpers/fixture-build.ts';

test('the fixture site, on another topic, builds with all its pages and PDFs', () => {
  const { dist, status, output } = buildFixture({ pdf: true });
  expect(status, output).toBe(0);
  expect(output).toContain('checked 5 pages, 10 data files');
  expect(output).not.toContain('Last checked more than');
  for (const page of [
    'index.html',
    'en/index.html',
    'en/a-z/index.html',
    'en/basics/soil/index.html',
    'en/more/index.html',
    'en/directory/index.html',
    'en/directory/shops/green-seeds/index.html',
    'en/directory/countries/ug/index.html',
    'print/en/booklet.pdf',
    'print/en/water.pdf',
  ]) {
    expect(fs.existsSync(path.join(dist, page)), page).toBe(true);
  }
  expect(fs.readFileSync(path.join(dist, 'en/basics/water/index.html'), 'utf8')).toContain('<title>Water – Small Garden</title>');
});

test('a contact checked more than 12 months ago is a warning in the build summary, not an error', () => {
  const folder = path.join(fixtures, 'warnings', 'stale-check');
  const { status, output } = buildFixture({ overlay: folder });
  expect(status, output).toBe(0);
  for (const line of expectedLines(folder)) expect(output).toContain(line);
});

test('the build runs the check first and stops on every problem it lists, worded the same', () => {
  const folder = path.join(badInput, 'many-problems');
  const { dir, status, output } = buildFixture({ overlay: folder });
  expect(status).not.toBe(0);
  const lines = reportLines(relative(output, dir));
  for (const line of expectedLines(folder)) expect(lines, output).toContain(line);
  expect(output).not.toContain('generating static routes'); // stopped before rendering a page
});

describe.each(cases.filter(buildOnly))('bad input only the build sees: %s', (name) => {
  test('fails the build with a message naming what to fix', () => {
    const folder = path.join(badInput, name);
    const { problems, output: checked } = check(folder);
    expect(problems, `the check finds it now: move ${name} to the check's cases\n${checked}`).toEqual([]);
    const { dir, status, output } = buildFixture({ overlay: folder });
    expect(status).not.toBe(0);
    for (const line of expectedLines(folder)) expect(relative(output, dir)).toContain(line);
  });
});
