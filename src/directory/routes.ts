// The directory as routes read it: loaded once per build, and per language with its translations.
import { contentDir } from '../core/paths.ts';
import { language, site } from '../core/site.ts';
import { loadDirectory } from './load.ts';
import { languageDirectory, type LanguageDirectory } from './translations.ts';

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
