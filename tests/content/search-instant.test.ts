// The instant tier, as shipped in dist/search/instant.<lang>.js, puts the right page in the top 3,
// for every language with a query set.
import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, test } from 'vitest';
import { instantSearch, prepare, type InstantIndex } from '../../src/search/instant.ts';
import { searchCases, searchLanguages } from '../helpers/search-queries.ts';

/** Runs the shipped classic script as a browser would, and takes the index it leaves on window. */
function shippedIndex(lang: string): InstantIndex {
  const window: { siteSearch?: Record<string, InstantIndex> } = {};
  vm.runInNewContext(fs.readFileSync(`dist/search/instant.${lang}.js`, 'utf8'), { window });
  return window.siteSearch![lang]!;
}

describe.each(searchLanguages())('%s', (lang) => {
  const index = shippedIndex(lang);
  const prepared = prepare(index);
  test.each(searchCases(lang))('"$q" finds $pages in the top 3', ({ q, pages }) => {
    const top = instantSearch(prepared, index.synonyms, q, 3).map((hit) => hit.url);
    expect(top.filter((url) => pages.includes(url)), top.join(', ')).not.toEqual([]);
  });
});
