// Every page reads on a 240 px screen without sideways scrolling, and its headings are in order
// (one visit per page checks both); the sample is checked at 360 px too.
import { expect, test, type Page } from '@playwright/test';
import { allPages, samplePages } from './site.ts';

test.setTimeout(10 * 60_000); // hundreds of pages in one test

async function crawl(page: Page, pages: string[], width: number, headings: boolean) {
  const problems: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    const { scrollWidth, levels } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
    }));
    if (scrollWidth > width) problems.push(`${path}: ${scrollWidth}px wide at ${width}px`);
    if (!headings) continue;
    if (levels.filter((l) => l === 1).length !== 1) problems.push(`${path}: ${levels.filter((l) => l === 1).length} h1`);
    levels.forEach((level, i) => {
      if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${path}: h${levels[i - 1]} then h${level}`);
    });
  }
  return problems;
}

test.use({ javaScriptEnabled: false });

test('every page fits 240 px, has one h1 and never skips a heading level', async ({ page }) => {
  await page.setViewportSize({ width: 240, height: 640 });
  expect(await crawl(page, allPages, 240, true)).toEqual([]);
});

test('the sample fits 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  expect(await crawl(page, samplePages, 360, false)).toEqual([]);
});
