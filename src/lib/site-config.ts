import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { languageSiteSchema, siteSchema, type LanguageSite, type Site } from '../schemas/site.ts';
import { ContentError, describeIssues } from './errors.ts';
import { shown } from './paths.ts';

function readYaml<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  if (!fs.existsSync(file)) throw new ContentError(shown(file), ['file is missing']);
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(shown(file), [`is not valid YAML: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ContentError(shown(file), describeIssues(result.error.issues));
  return result.data;
}

export interface SiteConfig extends Site {
  /** Per language code: that edition's title, home page words and section names. */
  editions: Record<string, LanguageSite>;
}

export function loadSiteConfig(contentDir: string): SiteConfig {
  const site = readYaml(path.join(contentDir, 'site.yaml'), siteSchema);
  const editionSchema = languageSiteSchema(site.sections);
  const editions = Object.fromEntries(
    site.languages.map(({ code }) => [code, readYaml(path.join(contentDir, code, 'site.yaml'), editionSchema)]),
  );
  return { ...site, editions };
}
