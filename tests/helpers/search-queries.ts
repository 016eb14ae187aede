// The search test sets: content/<lang>/search-queries.yaml, what readers type and the page that
// must come up. Each content folder brings its own, so the same tests check any site's search.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../../src/core/paths.ts';

export interface SearchCase {
  q: string;
  /** The pages any one of which must be in the top 3. */
  pages: string[];
}

const queriesFile = (lang: string) => path.join(contentDir, lang, 'search-queries.yaml');

export function searchCases(lang: string): SearchCase[] {
  const cases = parse(fs.readFileSync(queriesFile(lang), 'utf8')) as { q: string; page: string | string[] }[];
  return cases.map(({ q, page }) => ({ q, pages: Array.isArray(page) ? page : [page] }));
}

/** Languages with a query set. */
export function searchLanguages(): string[] {
  return fs
    .readdirSync(contentDir)
    .filter((lang) => fs.existsSync(queriesFile(lang)))
    .sort();
}
