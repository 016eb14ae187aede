// The pages the end-to-end tests visit: every page of the build, and a smaller set for the slowest checks.
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { builtPages } from '../helpers/built-site.ts';

export const allPages = builtPages().map((page) => page.path);
const isDirectory = (path: string) => /^\/[^/]+\/directory\//.test(path);
// (A long A–Z has a page per letter, /<lang>/a-z/<letter>/: not an article.)
export const articlePages = allPages.filter((path) => /^\/[^/]+\/[^/]+\/[^/]+\/$/.test(path) && !isDirectory(path) && !/^\/[^/]+\/a-z\//.test(path));
export const organisationPages = allPages.filter((path) => isDirectory(path) && !path.includes('/countries/') && path.split('/').length === 6);

const { defaultLanguage } = loadSiteConfig(process.env.LOCKGUIDE_CONTENT ?? 'content');
/**
 * Every page of the default language and every fourth page of the others: the other languages are
 * the same templates with other words, so the slowest checks (a second colour scheme, a request
 * count with pauses) sample them rather than repeat every page six times.
 */
export const samplePages = allPages.filter((path, i) => !/^\/[a-z]{2,3}(-[A-Z]{2})?\//.test(path) || path.startsWith(`/${defaultLanguage}/`) || i % 4 === 0);
