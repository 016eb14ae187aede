// Each folder in tests/fixtures/bad-input/ is laid over the small fixture site to break one thing.
// `npm run check` (the same module every build runs first) must list exactly the lines in the
// folder's expected.txt: the file, then each problem with its line, field and fix. A folder with a
// build-only.txt holds what only the build can see (it says why): there the build must fail with
// the lines of expected.txt in its output. A few full builds prove that the build stops on the
// check's problems too.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent, formatProblems } from '../../src/check/content.ts';
import { shown } from '../../src/core/paths.ts';
import { buildFixture, fixtureContent, fixtures } from '../helpers/fixture-build.ts';

const badInput = path.join(fixtures, 'bad-input');
const cases = fs.readdirSync(badInput, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const buildOnly = (name: string) => fs.existsSync(path.join(badInput, name, 'build-only.txt'));
const expectedLines = (folder: string) => fs.readFileSync(path.join(folder, 'expected.txt'), 'utf8').trim().split('\n');

/** Output with the temporary folder left out of paths, so it reads "content/en/…" as expected.txt does. */
const relative = (output: string, dir: string) => output.replaceAll(`${shown(dir)}/`, '');
/** Each line of a report as expected.txt writes it: without the indent and the "- " before a problem. */
const reportLines = (output: string) => output.split('\n').map((line) => line.replace(/^\s+(?:- )?/, ''));

function check(overlay?: string) {
  const dir = fixtureContent({ overlay });
  try {
    const result = checkContent(path.join(dir, 'content'));
    return { ...result, output: relative(formatProblems(result.problems), dir) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('at least 32 kinds of bad input, each with the lines it must produce', () => {
  expect(cases.length).toBeGreaterThanOrEqual(32);
  for (const name of cases) expect(expectedLines(path.join(badInput, name)).length, name).toBeGreaterThan(0);
});

test('the fixture site passes the check', () => {
  const { problems, pages } = check();
  expect(problems).toEqual([]);
  expect(pages).toBe(5);
});

describe.each(cases.filter((name) => !buildOnly(name)))('bad input: %s', (name) => {
  test('npm run check lists it: the file, then each problem with how to fix it', () => {
    const folder = path.join(badInput, name);
    const { problems, output } = check(folder);
    expect(problems.length, output).toBeGreaterThan(0);
    const lines = reportLines(output);
    for (const line of expectedLines(folder)) expect(lines, output).toContain(line);
  });
});

test('one mistake gives one message: a misspelt section is told at site.yaml, not at every file of the section', () => {
  const { problems, output } = check(path.join(badInput, 'section-misspelt'));
  expect(problems, output).toHaveLength(1);
  expect(problems[0]!.file).toMatch(/site\.yaml$/);
});

test('the fixture site, on another topic, builds with all its pages and PDFs', () => {
  const { dist, status, output } = buildFixture({ pdf: true });
  expect(status, output).toBe(0);
  expect(output).toContain('checked 5 pages, 8 data files');
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
