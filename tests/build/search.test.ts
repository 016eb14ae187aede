// Search's byte budgets on the built site.
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { builtPages, distDir } from '../helpers/built-site.ts';

const pages = builtPages().filter((page) => page.html.includes('data-search'));

test('every page with a search box carries at most 2,048 bytes of search code before focus (gzipped)', () => {
  expect(pages.length).toBeGreaterThan(0);
  for (const { path, html } of pages) {
    const scripts = [...html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].map(([s]) => s).filter((s) => s.includes('search/'));
    expect(scripts, path).toHaveLength(1);
    expect(gzipSync(scripts[0]!).length, path).toBeLessThanOrEqual(2_048);
  }
});

test("each language's instant index is at most 20,480 bytes gzipped", () => {
  const files = fs.readdirSync(`${distDir}/search`).filter((name) => /^instant\.[\w-]+\.js$/.test(name));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) expect(gzipSync(fs.readFileSync(`${distDir}/search/${name}`)).length, name).toBeLessThanOrEqual(20_480);
});
