// The search test sets: content/…/search-queries.<lang>.yaml under tests/content.
import fs from 'node:fs';
import { parse } from 'yaml';

export interface SearchCase {
  q: string;
  /** The pages any one of which must be in the top 3. */
  pages: string[];
}

export function searchCases(lang: string): SearchCase[] {
  const cases = parse(fs.readFileSync(`tests/content/search-queries.${lang}.yaml`, 'utf8')) as { q: string; page: string | string[] }[];
  return cases.map(({ q, page }) => ({ q, pages: Array.isArray(page) ? page : [page] }));
}

/** Languages with a query set: tests/content/search-queries.<lang>.yaml. */
export function searchLanguages(): string[] {
  return fs
    .readdirSync('tests/content')
    .map((name) => /^search-queries\.([\w-]+)\.yaml$/.exec(name)?.[1])
    .filter((lang): lang is string => Boolean(lang));
}
