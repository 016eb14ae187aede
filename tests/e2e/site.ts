// The site the end-to-end tests run against, read from its content folder and its build: any
// content folder (LOCKGUIDE_CONTENT) built into LOCKGUIDE_OUT. The tests name no page or word of
// their own: pages come from the build, words from the site's interface words, queries from its
// content/<lang>/search-queries.yaml.
import { contentDir } from '../../src/core/paths.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { wordsFromDisk } from '../../src/i18n/words.ts';
import { builtPages } from '../helpers/built-site.ts';
import { searchCases, type SearchCase } from '../helpers/search-queries.ts';

export const site = loadSiteConfig(contentDir);
/** The default language: the one every test reads in. */
export const lang = site.defaultLanguage;
export const languageName = site.languages.find((l) => l.code === lang)!.name;
export const words = wordsFromDisk(contentDir, lang);
export const home = `/${lang}/`;
export { fill } from '../../src/i18n/format.ts';

const built = builtPages();
export const allPages = built.map((page) => page.path);
const isDirectory = (path: string) => /^\/[^/]+\/directory\//.test(path);
// (A long A–Z has a page per letter, /<lang>/a-z/<letter>/: not an article.)
export const articlePages = allPages.filter((path) => /^\/[^/]+\/[^/]+\/[^/]+\/$/.test(path) && !isDirectory(path) && !/^\/[^/]+\/a-z\//.test(path));
export const organisationPages = allPages.filter((path) => isDirectory(path) && !path.includes('/countries/') && path.split('/').length === 6);
/** The default language's articles, in address order. */
export const articles = articlePages.filter((path) => path.startsWith(home));

/** Text as a regular expression that matches it literally, such as a query or an interface string. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A page's h1 as built, tags and entities taken out. */
export function titleOf(path: string): string {
  const html = built.find((page) => page.path === path)?.html ?? '';
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').trim();
}

/** A query of the default language and the pages it must find: the first of the site's set. */
export const query: SearchCase = searchCases(lang)[0]!;
/** A one-word query of the set, for the download budget of a first search. */
export const oneWordQuery: SearchCase = searchCases(lang).find(({ q }) => !q.includes(' ')) ?? query;

/** Each kind of page a language has besides its articles: home, A–Z, offline page, "Get this guide", directory. */
const KINDS = /^\/[^/]+\/(a-z\/|offline\/|download\/|directory\/)?$/;
/** A page of another language is sampled one in this many: the more languages, the thinner the sample of each. */
const stride = 2 * Math.max(1, site.languages.length - 1);

/**
 * Every page of the default language; of each other language every kind of page and one article in
 * `stride`: the other languages are the same templates with other words, so the slowest checks
 * (accessibility in two colour schemes, a request count with pauses) sample them rather than repeat
 * every page eight times.
 */
export const samplePages = allPages.filter((path, i) => !/^\/[a-z]{2,3}(-[A-Z]{2})?\//.test(path) || path.startsWith(home) || KINDS.test(path) || i % stride === 0);
