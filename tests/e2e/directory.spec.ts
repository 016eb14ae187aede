// The directory's filter box narrows the lists as the reader types; without JavaScript it stays
// hidden and every entry is listed.
import { expect, test } from '@playwright/test';
import { fill, home, lang, site, words } from './site.ts';
import { countryName } from '../../src/directory/present.ts';

test.skip(!site.directory, 'this site has no directory');
const directoryHome = `${home}directory/`;

test('typing a name narrows the list and says how many are shown', async ({ page }) => {
  await page.goto(directoryHome);
  const items = page.locator('[data-filter-text]');
  const total = await items.count();
  const name = (await page.locator('section[data-filter-group] ul.list a').first().textContent())!.trim();
  await page.getByLabel(words.filterLabel).fill(name);
  const visible = page.locator('[data-filter-text]:visible');
  await expect(visible.first()).toContainText(name);
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(page.getByRole('status')).toHaveText(fill(words.filterCount, { count: shown }));
  await page.getByLabel(words.filterLabel).fill('');
  await expect(page.locator('[data-filter-text]:visible')).toHaveCount(total);
});

test('a country name finds its country page and the organisations that work there', async ({ page }) => {
  await page.goto(directoryHome);
  const href = await page.locator('#by-country ~ ul a').first().getAttribute('href');
  const code = /\/countries\/([a-z]{2})\/$/.exec(href!)![1]!.toUpperCase();
  const name = countryName(code, lang);
  await page.getByLabel(words.filterLabel).fill(name.toLowerCase());
  await expect(page.locator('#by-country ~ ul a:visible', { hasText: name })).toHaveCount(1);
  for (const text of await page.locator('[data-filter-text]:visible').allTextContents()) expect(text.toLowerCase()).toContain(name.toLowerCase());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the filter is hidden and every entry is listed', async ({ page }) => {
    await page.goto(directoryHome);
    await expect(page.getByLabel(words.filterLabel)).toBeHidden();
    const items = page.locator('[data-filter-text]');
    await expect(items.first()).toBeVisible();
    expect(await page.locator('[data-filter-text]:visible').count()).toBe(await items.count());
  });
});
