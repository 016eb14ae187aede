import path from 'node:path';
import { languageSiteSchema, siteSchema, type LanguageSite, type Site } from '../schemas/site.ts';
import { ContentError } from './errors.ts';
import { readYamlFile } from './yaml.ts';

export interface SiteConfig extends Site {
  /** Per language code: that language's title, home page words and section names (content/<lang>/site.yaml). */
  languageSites: Record<string, LanguageSite>;
}

/** A language and its writing direction, as a text's `lang` and `dir` attributes. */
export interface TextLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The source language: the `lang` and `dir` of a text shown untranslated on another language's page. */
export function sourceLanguage(site: Site): TextLanguage {
  return { lang: site.defaultLanguage, dir: site.languages.find((l) => l.code === site.defaultLanguage)!.dir };
}

/**
 * `report`, when given, receives a language's failing site.yaml and loading goes on without that
 * language's words (for `npm run check`, which lists every problem); without it the first failure throws.
 */
/** Who the PDFs, e-books and Kiwix files name as author and publisher: the publisher, else the guide itself. */
export function publisherName(site: SiteConfig): string {
  return site.publisher?.name ?? site.languageSites[site.defaultLanguage]!.title;
}

export function loadSiteConfig(contentDir: string, report?: (error: ContentError) => void): SiteConfig {
  return withLanguageSites(contentDir, readYamlFile(path.join(contentDir, 'site.yaml'), siteSchema), report);
}

/** The site with each language's words (content/<lang>/site.yaml), checked against its sections. */
export function withLanguageSites(contentDir: string, site: Site, report?: (error: ContentError) => void): SiteConfig {
  const languageSchema = languageSiteSchema(site.sections, site.directory);
  const languageSites = Object.fromEntries(
    site.languages.flatMap(({ code }) => {
      try {
        return [[code, readYamlFile(path.join(contentDir, code, 'site.yaml'), languageSchema)]];
      } catch (error) {
        if (!report || !(error instanceof ContentError)) throw error;
        report(error);
        return [];
      }
    }),
  );
  return { ...site, languageSites };
}
