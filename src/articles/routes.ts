// The articles as routes read them: loaded from Astro's content collection once per build.
export { articleLink, getArticles, getSectionArticles, lastUpdated, sectionParts, type LocalArticle } from './collection.ts';
export { azIndex } from './a-z.ts';
export { articleLinkTarget } from './link-target.ts';
