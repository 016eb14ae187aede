// Languages: chosen at the root by their own names, switched with plain links (no JavaScript), the
// same page in each; a page not yet translated shows the English one with a notice in the reader's
// language; right-to-left languages lay out mirrored.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { contentDir } from '../../src/core/paths.ts';
import { serve } from '../../src/serve/static-server.ts';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-build.ts';
import { articles, lang, site } from './site.ts';

const others = site.languages.filter((l) => l.code !== lang);
/** Whether content/<code>/ has its own translation of a default-language article. */
const translated = (code: string, article: string) => fs.existsSync(path.join(contentDir, code, `${article.slice(lang.length + 2, -1)}.mdx`));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the root names every language in itself', async ({ page }) => {
    await page.goto('/');
    for (const { code, name } of site.languages) {
      const link = page.locator('main').getByRole('link', { name, exact: true });
      await expect(link).toHaveAttribute('href', `/${code}/`);
      await expect(link).toHaveAttribute('lang', code);
    }
  });

  for (const { code, name, dir } of others) {
    const done = articles.find((a) => translated(code, a));
    const notDone = articles.find((a) => !translated(code, a));
    const there = (article: string) => `/${code}/${article.slice(lang.length + 2)}`;

    test(`${code}: the footer switches to the same page in ${name}`, async ({ page }) => {
      const article = done ?? articles[0]!;
      await page.goto(article);
      await page.locator('footer').getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${there(article)}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator(`head link[rel=alternate][hreflang=${lang}]`)).toHaveAttribute('href', new RegExp(`${article}$`));
    });

    test(`${code}: a translated page says it awaits review`, async ({ page }) => {
      test.skip(!done, `${name} has no translated article`);
      await page.goto(there(done!));
      await expect(page.locator('main .note').first()).toBeVisible(); // its review status
      await expect(page.locator('article')).not.toHaveAttribute('lang', lang);
    });

    test(`${code}: an untranslated page falls back to ${lang} with a notice, its links in the reader's language`, async ({ page }) => {
      test.skip(!notDone, `${name} has every article translated`);
      await page.goto(there(notDone!));
      await expect(page.locator('article')).toHaveAttribute('lang', lang);
      await expect(page.locator('main > p.note').first()).toContainText(name);
      const inArticle = await page.locator('article a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(inArticle.filter((href) => href.startsWith(`/${lang}/`))).toEqual([]);
    });
  }
});

test.describe('a right-to-left language (the fixture site in Arabic)', () => {
  let fixture: FixtureBuild;
  test.beforeAll(() => {
    test.setTimeout(180_000); // a whole build of the fixture site
    fixture = buildFixture();
    expect(fixture.status, fixture.output).toBe(0);
  });

  test('lays out right to left, fits 240 px, and falls back with an Arabic notice', async ({ browser }) => {
    const server = await serve(fixture.dist);
    const page = await browser.newPage({ viewport: { width: 240, height: 640 }, javaScriptEnabled: false });
    await page.goto(`${server.url}/ar/basics/soil/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).direction)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(240);
    await page.goto(`${server.url}/ar/basics/water/`);
    await expect(page.locator('article')).toHaveAttribute('lang', 'en');
    await expect(page.locator('article')).toHaveAttribute('dir', 'ltr'); // English reads left to right, also on an Arabic page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(240);
    await expect(page.locator('main > p.note').first()).toHaveText(/[\u0600-\u06FF]/);
    await page.close();
    await server.close();
  });

  test('a reviewed translation says who checked it and when, in place of the machine notice', async ({ browser }) => {
    const server = await serve(fixture.dist);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}/ar/more/seeds/`);
    const notes = page.locator('article p.note');
    await expect(notes).toHaveCount(1);
    await expect(notes).toHaveText('راجعها شخص يتحدث العربية في 3 مارس 2026.');
    await page.goto(`${server.url}/ar/basics/soil/`);
    await expect(page.locator('article p.note')).toHaveText(/^أُعدّت هذه الترجمة بمساعدة آلة/); // machine-assisted
    await page.close();
    await server.close();
  });

  test('the build lists the translation made from an older English page', () => {
    expect(fixture.output).toContain('content/ar/basics/soil.mdx: field "translation.follows" is 2026-01-01, the source was updated 2026-01-10');
  });
});
