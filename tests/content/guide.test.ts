// Promises the English guide makes to a reader arriving at the home page.
import fs from 'node:fs';
import { expect, test } from 'vitest';
import { builtPages } from '../helpers/built-site.ts';

const home = fs.readFileSync('dist/en/index.html', 'utf8');

test('the lock identifier is one tap from the home page', () => {
  expect(home).toContain('href="/en/which-lock/identify-your-lock/"');
});

test('the home page leads straight to the unlock steps and the scam warning is on it', () => {
  expect(home).toContain('href="/en/get-unlocked/steps/"');
  expect(home).toMatch(/Never pay a stranger to unlock your phone/);
});

test('every section of the guide has at least one article', () => {
  const sections = fs.readdirSync('content/en', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const paths = builtPages().map((p) => p.path);
  for (const section of sections) {
    expect(paths.filter((p) => p.startsWith(`/en/${section}/`) && p.split('/').length === 5).length, section).toBeGreaterThan(0);
  }
});
