// The pages the end-to-end tests visit: every page of the build.
import { builtPages } from '../helpers/built-site.ts';

export const allPages = builtPages().map((page) => page.path);
export const articlePages = allPages.filter((path) => /^\/[^/]+\/[^/]+\/[^/]+\/$/.test(path));
