// The site's configuration, loaded and validated once per build.
import { loadSiteConfig } from './site-config.ts';
import { contentDir } from './paths.ts';
import { loadDirectory } from '../directory/load.ts';
import { languageDirectory, type LanguageDirectory } from '../directory/translations.ts';

export const site = loadSiteConfig(contentDir);

export function edition(lang: string) {
  const words = site.editions[lang];
  if (!words) throw new Error(`No edition for language "${lang}"`);
  return words;
}

export function language(lang: string) {
  const found = site.languages.find((l) => l.code === lang);
  if (!found) throw new Error(`Language "${lang}" is not in site.yaml`);
  return found;
}

/** The directory of organisations, when site.yaml turns it on. */
export const directory = site.directory ? loadDirectory(contentDir, site.directory) : undefined;

const languageDirectories = new Map<string, LanguageDirectory>();

/** The directory as one language shows it: its prose translated where a translation exists. */
export function localDirectory(lang: string): LanguageDirectory | undefined {
  if (!directory) return undefined;
  let found = languageDirectories.get(lang);
  if (!found) {
    found = languageDirectory(contentDir, language(lang).code, site, directory);
    languageDirectories.set(lang, found);
  }
  return found;
}
