// The screens as routes read them: loaded once per build, and per language with their words.
import { contentDir } from '../core/paths.ts';
import { language, site } from '../core/site.ts';
import { languageScreens, loadScreens, type LocalScreen } from './load.ts';

const screens = loadScreens(contentDir);
const byLanguage = new Map<string, LocalScreen[]>();

/** Every screen as one language shows it, in grid order. */
export function localScreens(lang: string): LocalScreen[] {
  let found = byLanguage.get(lang);
  if (!found) {
    found = languageScreens(contentDir, language(lang).code, site, screens);
    byLanguage.set(lang, found);
  }
  return found;
}

/** The screen an article shows at its top: the first in grid order that names it as its page. */
export function screenOfPage(lang: string, page: string): LocalScreen | undefined {
  return localScreens(lang).find((screen) => screen.page === page);
}
