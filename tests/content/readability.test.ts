// The English guide is written for readers with little schooling: Flesch–Kincaid grade 5 or below
// on average, and no article above grade 8.
import { expect, test } from 'vitest';
import { gradeLevel, readingUnits } from '../../src/articles/readability.ts';
import { builtPages } from '../helpers/built-site.ts';

/** The article's own words: from its title down to the list of sources (a handout's <article> has attributes). */
function articleBody(html: string): string {
  const start = html.search(/<article\b/);
  const end = html.indexOf('<section class="sources"');
  return html.slice(start, end);
}

const articles = builtPages()
  .filter((page) => /^\/en\/[^/]+\/[^/]+\/$/.test(page.path))
  .map((page) => ({ path: page.path, grade: gradeLevel(readingUnits(articleBody(page.html))) }));

test('there are English articles to measure, handouts among them', () => {
  expect(articles.length).toBeGreaterThanOrEqual(25);
  expect(articles.every((a) => a.grade > 0)).toBe(true); // no article read as empty
});

test('no English article is above grade 8', () => {
  expect(articles.filter((a) => a.grade > 8).map((a) => `${a.path}: grade ${a.grade.toFixed(1)}`)).toEqual([]);
});

test('English articles average grade 5 or below', () => {
  const mean = articles.reduce((sum, a) => sum + a.grade, 0) / articles.length;
  expect(mean).toBeLessThanOrEqual(5);
});
