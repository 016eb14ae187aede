// Checks the screen drawings' data: each screen file (its elements, every word with a source), its
// words in every language, that it fits on the drawn device, and that the page it links to exists
// and lists the source of every word drawn, where a reader can check it.
import type { SiteConfig } from '../core/site-config.ts';
import { drawnHeight, languageScreens, loadScreens, SCREEN_ROOM } from '../screens/index.ts';
import { fromContentError, problem, type Problem } from './problem.ts';

/** `articles` are the source language's articles by place ("basics/soil"), with the addresses of their sources. */
export function screenProblems(contentDir: string, site: SiteConfig, articles: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  const report = (error: Parameters<typeof fromContentError>[0]) => problems.push(...fromContentError(error));
  const screens = loadScreens(contentDir, report);
  for (const screen of screens) {
    const sources = articles.get(screen.page);
    if (!sources) {
      problems.push(problem(screen.file, { field: 'page', message: `no article is at "${screen.page}" in ${site.defaultLanguage}`, fix: 'write it as <section>/<slug> of an existing article' }));
    }
    screen.elements.forEach((element, i) => {
      if (sources && element.source && !sources.has(element.source)) {
        problems.push(
          problem(screen.file, { field: `elements.${i}.source`, message: `${element.source} is not a source of "${screen.page}"`, fix: "add it to that article's sources, where readers can check the words" }),
        );
      }
    });
    const height = drawnHeight(screen.elements);
    if (height > SCREEN_ROOM) {
      problems.push(problem(screen.file, { field: 'elements', message: `need ${Math.ceil(height)} units of height and the screen has ${SCREEN_ROOM}`, fix: 'draw fewer elements, or fewer lines' }));
    }
  }
  for (const { code } of site.languages.filter((l) => l.code !== site.defaultLanguage)) {
    languageScreens(contentDir, code, site, screens, report);
  }
  return problems;
}
