// The English guide is written for readers with little schooling: Flesch–Kincaid grade 8 or
// below on average, and no article above grade 10.
import { expect, test } from 'vitest';
import { gradeLevel, readingUnits } from '../../src/articles/readability.ts';
import { builtPages } from '../helpers/built-site.ts';

/** The article's own words: from its title down to the list of sources. */
function articleBody(html: string): string {
  const start = html.indexOf('<article>');
  const end = html.indexOf('<section class="sources"');
  return html.slice(start, end);
}

const articles = builtPages()
  .filter((page) => /^\/en\/[^/]+\/[^/]+\/$/.test(page.path))
  .map((page) => ({ path: page.path, grade: gradeLevel(readingUnits(articleBody(page.html))) }));

test('there are English articles to measure', () => {
  expect(articles.length).toBeGreaterThanOrEqual(25);
});

test('no English article is above grade 10', () => {
  expect(articles.filter((a) => a.grade > 10).map((a) => `${a.path}: grade ${a.grade.toFixed(1)}`)).toEqual([]);
});

test('English articles average grade 8 or below', () => {
  const mean = articles.reduce((sum, a) => sum + a.grade, 0) / articles.length;
  expect(mean).toBeLessThanOrEqual(8);
});
