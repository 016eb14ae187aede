// Checks the screen drawings' data: each screen file (its elements, every word with a source), its
// words in every language, that it fits on the drawn device, and that the page it links to exists
// and lists the source of every word drawn, where a reader can check it.
import { gzipSync } from 'node:zlib';
import { ARTICLE_SOURCE_GZIP_MAX } from '../core/budgets.ts';
import type { SiteConfig } from '../core/site-config.ts';
import { drawnHeight, drawScreen, languageScreens, loadScreens, SCREEN_ROOM, type LocalScreen } from '../screens/index.ts';
import { fromContentError, problem, type Problem } from './problem.ts';

/** An article that opens with the grid: its file as shown, its language, and its MDX file's size gzipped. */
export interface GridArticle {
  file: string;
  lang: string;
  gzipped: number;
}

/** The grid as a page carries it, gzipped: every drawing with its label. */
function gridBytes(screens: LocalScreen[]): number {
  return gzipSync(screens.map((s) => `<li><a href="/${s.page}/">${drawScreen(s.elements, { title: s.localLabel })}<span>${s.localLabel}</span></a></li>`).join(''), { level: 9 }).length;
}

/**
 * `articles` are the source language's articles by place ("basics/soil"), with the addresses of their
 * sources; `grids` the articles that open with the grid, whose page carries every drawing.
 */
export function screenProblems(contentDir: string, site: SiteConfig, articles: Map<string, Set<string>>, grids: GridArticle[] = []): Problem[] {
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
  for (const { code } of site.languages) {
    const local = languageScreens(contentDir, code, site, screens, report);
    const bytes = gridBytes(local);
    for (const article of grids.filter((a) => a.lang === code && a.gzipped + bytes > ARTICLE_SOURCE_GZIP_MAX)) {
      problems.push(
        problem(article.file, {
          field: 'screenGrid',
          message: `page is too big: the file (${article.gzipped.toLocaleString('en')} B gzipped) and the grid of drawings (${bytes.toLocaleString('en')} B) pass the ${ARTICLE_SOURCE_GZIP_MAX.toLocaleString('en')} B an article may take`,
          fix: 'shorten the article, or leave the grid to a page of its own',
        }),
      );
    }
  }
  return problems;
}
