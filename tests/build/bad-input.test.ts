// Each folder in tests/fixtures/bad-input/ is laid over the small fixture site to break one thing.
// `npm run check` (the same module every build runs first) must list exactly the lines in the
// folder's expected.txt: the file, then each problem with its line, field and fix. In-process and
// fast: the mutation tests run these. Full builds are in bad-input-builds.test.ts.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { badInput, buildOnly, cases, check, expectedLines, reportLines } from '../helpers/bad-input.ts';

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

