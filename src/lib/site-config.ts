import path from 'node:path';
import { languageSiteSchema, siteSchema, type LanguageSite, type Site } from '../schemas/site.ts';
import { readYamlFile } from './yaml-file.ts';

export interface SiteConfig extends Site {
  /** Per language code: that edition's title, home page words and section names. */
  editions: Record<string, LanguageSite>;
}

export function loadSiteConfig(contentDir: string): SiteConfig {
  const site = readYamlFile(path.join(contentDir, 'site.yaml'), siteSchema);
  const editionSchema = languageSiteSchema(site.sections, site.directory);
  const editions = Object.fromEntries(
    site.languages.map(({ code }) => [code, readYamlFile(path.join(contentDir, code, 'site.yaml'), editionSchema)]),
  );
  return { ...site, editions };
}
