import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { articleSchema } from './schemas/article.ts';
import { loadSiteConfig } from './core/site-config.ts';
import { contentDir, shown } from './core/paths.ts';
import { ContentError } from './core/errors.ts';
import { placeArticle } from './articles/index.ts';

const site = loadSiteConfig(contentDir);
const [firstSection, ...otherSections] = site.sections;

/** An article's id is its path without the extension: "<lang>/<section>/<slug>", also its URL. */
function articleId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  const place = placeArticle(entry, data.section, site);
  if ('problem' in place) throw new ContentError(shown(path.join(contentDir, entry)), [place.problem]);
  return place.id;
}

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: contentDir, generateId: articleId }),
    schema: articleSchema([firstSection!, ...otherSections]),
  }),
};
