// Where an article sits decides its address: content/<lang>/<section>/<slug>.mdx is /<lang>/<section>/<slug>/.
// The build (src/content.config.ts) and `npm run check` both place articles with this one function.
import { SLUG } from '../core/hrefs.ts';
import type { Site } from '../schemas/site.ts';


export interface ArticlePlace {
  /** "<lang>/<section>/<slug>": the article's id, also its URL. */
  id: string;
  lang: string;
  section: string;
  slug: string;
}

/**
 * Places an article from its path inside the content folder ("en/basics/soil.mdx") and the
 * `section` its front matter declares, or says what is wrong with its place.
 */
export function placeArticle(
  entry: string,
  declaredSection: unknown,
  site: Pick<Site, 'languages' | 'sections'>,
): ArticlePlace | { problem: string } {
  const parts = entry.replace(/\.mdx$/, '').split('/');
  const [lang, section, slug] = parts;
  const languages = site.languages.map((l) => l.code);
  if (parts.length !== 3 || !lang || !section || !slug) {
    return { problem: 'an article must sit at <language>/<section>/<slug>.mdx' };
  }
  if (!languages.includes(lang)) {
    return { problem: `folder "${lang}" is not a language listed in site.yaml (${languages.join(', ')})` };
  }
  if (!site.sections.includes(section)) {
    return { problem: `folder "${section}" is not a section listed in site.yaml` };
  }
  if (typeof declaredSection === 'string' && declaredSection !== section) {
    return { problem: `field "section": says "${declaredSection}" but the file is in folder "${section}"` };
  }
  if (!SLUG.test(slug)) {
    return { problem: 'file name: use lower-case letters, digits and dashes' };
  }
  return { id: `${lang}/${section}/${slug}`, lang, section, slug };
}
