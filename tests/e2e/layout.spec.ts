// Every page reads on a 240 px screen without sideways scrolling, and its headings are in order.
import { expect, test } from '@playwright/test';
import { allPages } from './pages.ts';

for (const width of [240, 360]) {
  test(`no page scrolls sideways at ${width} px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const tooWide: string[] = [];
    for (const path of allPages) {
      await page.goto(path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) tooWide.push(`${path}: ${scrollWidth}px`);
    }
    await context.close();
    expect(tooWide).toEqual([]);
  });
}

test('every page has one h1 and never skips a heading level', async ({ page }) => {
  const problems: string[] = [];
  for (const path of allPages) {
    await page.goto(path);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    if (levels.filter((l) => l === 1).length !== 1) problems.push(`${path}: ${levels.filter((l) => l === 1).length} h1`);
    levels.forEach((level, i) => {
      if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${path}: h${levels[i - 1]} then h${level}`);
    });
  }
  expect(problems).toEqual([]);
});
