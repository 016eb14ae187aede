import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { articleSchema } from './schemas/article.ts';
import { loadSiteConfig } from './lib/site-config.ts';
import { contentDir, shown } from './lib/paths.ts';
import { ContentError } from './lib/errors.ts';

const site = loadSiteConfig(contentDir);
const languages = new Set(site.languages.map((l) => l.code));
const [firstSection, ...otherSections] = site.sections;

/** An article's id is its path without the extension: "<lang>/<section>/<slug>", also its URL. */
function articleId({ entry, data }: { entry: string; data: Record<string, unknown> }): string {
  const file = shown(path.join(contentDir, entry));
  const parts = entry.replace(/\.mdx$/, '').split('/');
  const [lang, section, slug] = parts;
  if (parts.length !== 3 || !lang || !section || !slug) {
    throw new ContentError(file, ['an article must sit at <language>/<section>/<slug>.mdx']);
  }
  if (!languages.has(lang)) {
    throw new ContentError(file, [`folder "${lang}" is not a language listed in site.yaml (${[...languages].join(', ')})`]);
  }
  if (!site.sections.includes(section)) {
    throw new ContentError(file, [`folder "${section}" is not a section listed in site.yaml`]);
  }
  if (typeof data.section === 'string' && data.section !== section) {
    throw new ContentError(file, [`field "section": says "${data.section}" but the file is in folder "${section}"`]);
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new ContentError(file, ['file name: use lower-case letters, digits and dashes']);
  }
  return `${lang}/${section}/${slug}`;
}

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: contentDir, generateId: articleId }),
    schema: articleSchema([firstSection!, ...otherSections]),
  }),
};
