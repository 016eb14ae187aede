// The check's screen rules that need the whole site: a page that opens with the grid carries every
// drawing, so its file and the grid together must fit the budget its file alone would have.
import { expect, test } from 'vitest';
import { screenProblems } from '../../../src/check/screens.ts';
import { loadSiteConfig } from '../../../src/core/site-config.ts';

const content = 'tests/fixtures/site/content';
const site = loadSiteConfig(content);
const pages = new Map([['more/seeds', new Set(['https://garden.example/handbook'])], ['basics/soil', new Set<string>()]]);
const grid = (gzipped: number) => [{ file: 'content/ar/basics/soil.mdx', lang: 'ar', gzipped }];

test('a grid page well within the budget passes', () => {
  expect(screenProblems(content, site, pages, grid(2_000))).toEqual([]);
});

test('a grid page whose file and drawings together pass 8 KB is told, at its screenGrid field', () => {
  const problems = screenProblems(content, site, pages, grid(8_000));
  expect(problems).toHaveLength(1);
  expect(problems[0]!.file).toBe('content/ar/basics/soil.mdx');
  expect(problems[0]!.text).toMatch(/^field "screenGrid": page is too big: the file \(8,000 B gzipped\) and the grid of drawings \(\d{3} B\) pass the 8,192 B an article may take — /);
});
