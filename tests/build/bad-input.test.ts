// Each folder in tests/fixtures/bad-input/ is laid over the small fixture site to break one thing.
// The build must fail, and its message must name the file and the field (or the page and the link),
// as listed line by line in the folder's expected.txt.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture, fixtures } from '../helpers/fixture-build.ts';

const cases = fs.readdirSync(path.join(fixtures, 'bad-input'));
const buildSite = (overlay?: string) => buildFixture({ overlay });

test('the fixture site, on another topic, builds with all its pages and PDFs', () => {
  const { dist, status, output } = buildFixture({ pdf: true });
  expect(status, output).toBe(0);
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
  const expected = fs.readFileSync(path.join(folder, 'expected.txt'), 'utf8').trim().split('\n');
  const { status, output } = buildSite(folder);
  expect(status, output).toBe(0);
  for (const line of expected) expect(output).toContain(line);
});

describe.each(cases)('bad input: %s', (name) => {
  test('fails the build with a message naming what to fix', () => {
    const folder = path.join(fixtures, 'bad-input', name);
    const expected = fs.readFileSync(path.join(folder, 'expected.txt'), 'utf8').trim().split('\n');
    const { status, output } = buildSite(folder);
    expect(status).not.toBe(0);
    for (const line of expected) expect(output).toContain(line);
  });
});
