// Which of the guide's pages search lists: what a reader reads, not the lists of pages.
import { expect, test } from 'vitest';
import { builtPages } from '../helpers/built-site.ts';

test('lists of pages are not in the search index; articles and directory entries are', () => {
  const marked = (path: string) => builtPages().find((p) => p.path === path)!.html.includes('data-pagefind-body');
  expect(marked('/en/a-z/')).toBe(false);
  expect(marked('/en/')).toBe(false);
  expect(marked('/en/start/is-this-your-screen/')).toBe(true);
  expect(marked('/en/directory/providers/payjoy/')).toBe(true);
  expect(marked('/en/directory/countries/ke/')).toBe(true);
});
