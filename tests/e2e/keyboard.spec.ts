// A keyboard user sees where they are, and can jump past the header straight to the content.
import { expect, test } from '@playwright/test';
import { articles, home, words } from './site.ts';

test('the first Tab shows the skip link, which moves focus into the main content', async ({ page }) => {
  await page.goto(articles[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: words.skipLink });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const insideMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
  expect(insideMain).toBe(true);
});

test('a focused link is marked by a visible outline and background', async ({ page }) => {
  await page.goto(home);
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site name
  const style = await page.evaluate(() => {
    const css = getComputedStyle(document.activeElement!);
    return { outline: css.outlineStyle, width: parseFloat(css.outlineWidth), background: css.backgroundColor };
  });
  expect(style.outline).toBe('solid');
  expect(style.width).toBeGreaterThanOrEqual(3);
  expect(style.background).toBe('rgb(255, 221, 0)');
});
