// With JavaScript off a reader can do everything: start, read, move on, and find any page by name.
import { expect, test } from '@playwright/test';
import { articlePages, home, lang, languageName, organisationPages, query, words } from './site.ts';

test.use({ javaScriptEnabled: false });

test('from the language choice to the first article and on to the next', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: languageName, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  await page.locator('ul.actions a').first().click();
  await expect(page.locator('h1')).toBeVisible();
  const firstTitle = await page.locator('h1').textContent();
  await expect(page.getByRole('navigation', { name: words.breadcrumbLabel }).getByRole('link', { name: words.home })).toBeVisible();
  await page.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).not.toHaveText(firstTitle!);
  await page.locator('a[rel="prev"]').click();
  await expect(page.locator('h1')).toHaveText(firstTitle!);
});

test('the search form leads to the A–Z list of every article and directory entry', async ({ page }) => {
  await page.goto(home);
  await page.getByLabel(words.searchLabel).fill(query.q);
  await page.getByRole('button', { name: words.searchButton }).click();
  await expect(page).toHaveURL(new RegExp(`${home}a-z/\\?q=${encodeURIComponent(query.q).replace(/%20/g, '\\+')}$`));
  const pathsIn = () => page.locator('main ul.list a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // A list too long for one page is split by letter: the A–Z page then links the letters' pages.
  let listed = await pathsIn();
  const letters = listed.filter((p) => p.startsWith(`${home}a-z/`));
  if (letters.length > 0) {
    expect(letters).toEqual(listed);
    listed = [];
    for (const letter of letters) {
      await page.goto(letter);
      listed.push(...(await pathsIn()));
    }
  }
  const expected = [...articlePages, ...organisationPages].filter((p) => p.startsWith(home));
  expect(listed.sort()).toEqual(expected.sort());
});

test('an article shows its sources and its date', async ({ page }) => {
  await page.goto(articlePages.find((p) => p.startsWith(home))!);
  const sources = page.getByRole('region', { name: words.sources });
  await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('article time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto(`/${lang}/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText(words.notFoundTitle);
  await page.getByRole('link', { name: words.azTitle }).first().click();
  await expect(page).toHaveURL(new RegExp(`${home}a-z/$`));
});
