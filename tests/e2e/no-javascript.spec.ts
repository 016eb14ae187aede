// With JavaScript off a reader can do everything: start, read, move on, and find any page by name.
import { expect, test } from '@playwright/test';
import { articlePages, organisationPages } from './pages.ts';

test.use({ javaScriptEnabled: false });

test('from the language choice to the first article and on to the next', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.locator('ul.actions a').first().click();
  await expect(page.locator('h1')).toBeVisible();
  const firstTitle = await page.locator('h1').textContent();
  await expect(page.getByRole('navigation', { name: 'You are here' }).getByRole('link', { name: 'Home' })).toBeVisible();
  await page.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).not.toHaveText(firstTitle!);
  await page.locator('a[rel="prev"]').click();
  await expect(page.locator('h1')).toHaveText(firstTitle!);
});

test('the search form leads to the A–Z list of every article and directory entry', async ({ page }) => {
  await page.goto('/en/');
  await page.getByLabel('Search this guide').fill('receipt');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/a-z\/\?q=receipt$/);
  const pathsIn = () => page.locator('main ul.list a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // A list too long for one page is split by letter: the A–Z page then links the letters' pages.
  let listed = await pathsIn();
  const letters = listed.filter((p) => p.startsWith('/en/a-z/'));
  if (letters.length > 0) {
    expect(letters).toEqual(listed);
    listed = [];
    for (const letter of letters) {
      await page.goto(letter);
      listed.push(...(await pathsIn()));
    }
  }
  const expected = [...articlePages, ...organisationPages].filter((p) => p.startsWith('/en/'));
  expect(listed.sort()).toEqual(expected.sort());
});

test('an article shows its sources and its date', async ({ page }) => {
  await page.goto(articlePages[0]!);
  const sources = page.getByRole('region', { name: 'Where this information comes from' });
  await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('article time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'All topics A to Z' }).first().click();
  await expect(page).toHaveURL(/\/en\/a-z\/$/);
});
