// The pages the benchmark scores with Lighthouse's SEO category: per language, its home page, an
// article, a directory entry and a country page, whichever of them the site has.
import { expect, test } from 'vitest';
import { seoSample } from '../../../src/bench/lighthouse.ts';

const pages = [
  '/',
  '/en/',
  '/en/a-z/',
  '/en/basics/soil/',
  '/en/directory/',
  '/en/directory/countries/ke/',
  '/en/directory/shops/green-seeds/',
  '/ar/',
  '/ar/basics/soil/',
];
const isArticle = (p: string) => /^\/[^/]+\/basics\/[^/]+\/$/.test(p);

test('a home page, an article, a directory entry and a country page per language; what is missing is left out', () => {
  expect(seoSample(pages, ['en', 'ar'], isArticle)).toEqual(['/en/', '/en/basics/soil/', '/en/directory/shops/green-seeds/', '/en/directory/countries/ke/', '/ar/', '/ar/basics/soil/']);
});
