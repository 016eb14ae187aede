// The site's configuration as routes and components read it: loaded and validated once per build,
// after the content check (src/engine.ts) has passed. Build steps and commands get it as an argument.
import { loadSiteConfig } from './site-config.ts';
import { contentDir } from './paths.ts';

export const site = loadSiteConfig(contentDir);

/** One language's words from content/<lang>/site.yaml: title, home page, section and directory names. */
export function languageSite(lang: string) {
  const words = site.languageSites[lang];
  if (!words) throw new Error(`No content/${lang}/site.yaml words for language "${lang}"`);
  return words;
}

export function language(lang: string) {
  const found = site.languages.find((l) => l.code === lang);
  if (!found) throw new Error(`Language "${lang}" is not in site.yaml`);
  return found;
}
