// The pages the end-to-end tests visit: every page of the build.
import { builtPages } from '../helpers/built-site.ts';

export const allPages = builtPages().map((page) => page.path);
const isDirectory = (path: string) => /^\/[^/]+\/directory\//.test(path);
export const articlePages = allPages.filter((path) => /^\/[^/]+\/[^/]+\/[^/]+\/$/.test(path) && !isDirectory(path));
export const organisationPages = allPages.filter((path) => isDirectory(path) && !path.includes('/countries/') && path.split('/').length === 6);
