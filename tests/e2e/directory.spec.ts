// The directory's filter box narrows the lists as the reader types; without JavaScript it stays
// hidden and every entry is listed.
import { expect, test } from '@playwright/test';

test('typing a name narrows the list and says how many are shown', async ({ page }) => {
  await page.goto('/en/directory/');
  const items = page.locator('[data-filter-text]');
  const total = await items.count();
  const name = (await page.locator('section[data-filter-group] ul.list a').first().textContent())!.trim();
  await page.getByLabel('Type a name or a country to narrow the list').fill(name);
  const visible = page.locator('[data-filter-text]:visible');
  await expect(visible.first()).toContainText(name);
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(page.getByRole('status')).toHaveText(`${shown} shown`);
  await page.getByLabel('Type a name or a country to narrow the list').fill('');
  await expect(page.locator('[data-filter-text]:visible')).toHaveCount(total);
});

test('a country name finds its country page and the organisations that work there', async ({ page }) => {
  await page.goto('/en/directory/');
  await page.getByLabel('Type a name or a country to narrow the list').fill('kenya');
  await expect(page.locator('#by-country ~ ul a:visible', { hasText: 'Kenya' })).toHaveCount(1);
  for (const text of await page.locator('[data-filter-text]:visible').allTextContents()) expect(text.toLowerCase()).toContain('kenya');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the filter is hidden and every entry is listed', async ({ page }) => {
    await page.goto('/en/directory/');
    await expect(page.getByLabel('Type a name or a country to narrow the list')).toBeHidden();
    const items = page.locator('[data-filter-text]');
    await expect(items.first()).toBeVisible();
    expect(await page.locator('[data-filter-text]:visible').count()).toBe(await items.count());
  });
});
