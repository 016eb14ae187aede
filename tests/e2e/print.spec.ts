// Every page as printed on A4: nothing wider than the paper, only the content, with the page's
// address and QR code at the end.
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

test('on paper: no header, search or navigation; the address and QR code of the page', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto(articles[0]!);
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('.crumbs')).toBeHidden();
  const qr = page.locator('.print-only');
  await expect(qr).toBeVisible();
  await expect(qr).toContainText(articles[0]!);
  await expect(qr.locator('svg')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(qr).toBeHidden();
});
