// The screen drawings as built: every language's grid links each screen to its page, every page a
// screen belongs to shows it at its top, each drawing names itself and carries the caption, and
// each stays within its byte budget. Pages and screens come from the content, none named here.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { decodeEntities } from '../../src/core/html.ts';
import { contentDir } from '../../src/core/paths.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { wordsFromDisk } from '../../src/i18n/words.ts';
import { languageScreens, loadScreens } from '../../src/screens/index.ts';
import { builtPages } from '../helpers/built-site.ts';

const site = loadSiteConfig(contentDir);
const screens = loadScreens(contentDir);
const pages = builtPages();
const html = (path: string) => pages.find((p) => p.path === path)?.html ?? '';
const text = (markup: string) => decodeEntities(markup.replace(/<[^>]+>/g, '')).trim();
const drawings = (markup: string) => [...markup.matchAll(/<svg [^>]*role="img"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
/** A drawing's accessible name: its own <title>. */
const accessibleName = (svg: string) => text(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '');

test('the site has screens to draw', () => {
  expect(screens.length).toBeGreaterThan(0);
});

describe.each(site.languages.map((l) => l.code))('%s', (lang) => {
  const t = wordsFromDisk(contentDir, lang);
  const local = languageScreens(contentDir, lang, site, screens);
  const gridPages = pages.filter((p) => p.path.startsWith(`/${lang}/`) && p.html.includes('class="screen-grid"'));

  test('a page opens with the grid: every screen, each a named drawing linking to its page, and the caption', () => {
    expect(gridPages.length).toBeGreaterThanOrEqual(1);
    for (const page of gridPages) {
      const grid = /<section class="screen-grid"[\s\S]*?<\/section>/.exec(page.html)![0];
      expect(grid).toContain(`>${t.screens.gridTitle}</h2>`);
      const links = [...grid.matchAll(/<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)];
      expect(links.map((l) => l[1])).toEqual(local.map((s) => `/${lang}/${s.page}/`));
      links.forEach((link, i) => {
        const [svg] = drawings(link[2]!);
        expect(svg, `${page.path}: a drawing in link ${i + 1}`).toBeDefined();
        expect(accessibleName(svg!)).toBe(local[i]!.localLabel);
      });
      expect(text(grid)).toContain(t.screens.caption);
      // It opens the page: before any heading of the article's own.
      expect(page.html.indexOf('<section class="screen-grid"')).toBeLessThan(page.html.indexOf('<h2'));
    }
  });

  test("every screen's page shows its drawing at the top, named, with the caption", () => {
    const shown = [...new Set(local.map((s) => s.page))];
    for (const place of shown) {
      const screen = local.find((s) => s.page === place)!;
      const page = html(`/${lang}/${place}/`);
      const figure = new RegExp(`<figure class="screen" data-screen="${screen.id}"[^>]*>([\\s\\S]*?)</figure>`).exec(page);
      expect(figure, `/${lang}/${place}/ shows ${screen.id}`).not.toBeNull();
      const [svg] = drawings(figure![1]!);
      expect(accessibleName(svg!)).toContain(screen.localLabel);
      const caption = /<figcaption>([\s\S]*?)<\/figcaption>/.exec(figure![1]!)![1]!;
      expect(text(caption).startsWith(t.screens.caption)).toBe(true);
      // Before the article's own text: right after its lead and notes, before its first heading.
      expect(page.indexOf('<figure class="screen"')).toBeLessThan(page.indexOf('<h2'));
      for (const element of screen.elements.filter((e) => e.text)) {
        if (lang !== site.defaultLanguage) expect(text(caption), `${lang}: the meaning of "${element.text}"`).toContain(screen.meanings.get(element.text!)!);
      }
    }
  });
});

test('every drawing on every page is at most 1,500 bytes gzipped', () => {
  const sizes = pages.flatMap((p) => drawings(p.html).map((svg) => ({ path: p.path, bytes: gzipSync(svg, { level: 9 }).length })));
  expect(sizes.length).toBeGreaterThanOrEqual(screens.length * site.languages.length);
  expect(sizes.filter((s) => s.bytes > 1500)).toEqual([]);
});
