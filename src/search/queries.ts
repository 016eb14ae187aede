// A site's search test set, content/<lang>/search-queries.yaml: what readers type and the pages that
// must come up. Each content folder brings its own, so the tests and the benchmark work on any site.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface SearchCase {
  q: string;
  /** The pages any one of which must be in the top 3. */
  pages: string[];
}

const queriesFile = (contentDir: string, lang: string) => path.join(contentDir, lang, 'search-queries.yaml');

export function searchCases(contentDir: string, lang: string): SearchCase[] {
  const cases = parse(fs.readFileSync(queriesFile(contentDir, lang), 'utf8')) as { q: string; page: string | string[] }[];
  return cases.map(({ q, page }) => ({ q, pages: Array.isArray(page) ? page : [page] }));
}

/** Languages with a query set. */
export function searchLanguages(contentDir: string): string[] {
  return fs
    .readdirSync(contentDir)
    .filter((lang) => fs.existsSync(queriesFile(contentDir, lang)))
    .sort();
}
