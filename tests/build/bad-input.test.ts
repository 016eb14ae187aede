// Each folder in tests/fixtures/bad-input/ is laid over the small fixture site to break one thing.
// The build must fail, and its message must name the file and the field (or the page and the link),
// as listed line by line in the folder's expected.txt.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const fixtures = path.resolve('tests/fixtures');
const cases = fs.readdirSync(path.join(fixtures, 'bad-input'));

function buildSite(overlay?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-fixture-'));
  fs.cpSync(path.join(fixtures, 'site', 'content'), path.join(dir, 'content'), { recursive: true });
  if (overlay) fs.cpSync(path.join(overlay, 'content'), path.join(dir, 'content'), { recursive: true });
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      LOCKGUIDE_CONTENT: path.join(dir, 'content'),
      LOCKGUIDE_OUT: path.join(dir, 'dist'),
    },
  });
  return { dir, status: result.status, output: result.stdout + result.stderr };
}

test('the fixture site, on another topic, builds with all its pages', () => {
  const { dir, status, output } = buildSite();
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
  ]) {
    expect(fs.existsSync(path.join(dir, 'dist', page)), page).toBe(true);
  }
  expect(fs.readFileSync(path.join(dir, 'dist/en/basics/water/index.html'), 'utf8')).toContain('<title>Water – Small Garden</title>');
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
