// Every page as printed on A4: nothing wider than the paper, only the content. Both sites tested here
// have a placeholder address, so no page prints a QR code or an address (the edition test prints them
// for a real one).
import { expect, test } from '@playwright/test';
import { articles, samplePages } from './site.ts';

/** A4's width less 14 mm margins on each side, at 96 px to the inch: the narrower of A4 and Letter. */
const A4_TEXT_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

test(`no printed page of the sample is wider than A4's text width (${A4_TEXT_WIDTH} px)`, async ({ page }) => {
  test.setTimeout(10 * 60_000);
  await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const tooWide: string[] = [];
  for (const path of samplePages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > A4_TEXT_WIDTH) tooWide.push(`${path}: ${width}px`);
  }
  expect(tooWide).toEqual([]);
});

test('on paper: no header, search or navigation; no QR code or address that leads to a placeholder', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(articles[0]!);
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('.crumbs')).toBeHidden();
  await expect(page.locator('main')).toBeVisible();
  await expect(page.locator('.print-only, svg[aria-label="QR code"], [data-print-url]')).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toMatch(/\.example\//);
});
