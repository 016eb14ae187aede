// Pages with a screen drawing: no WCAG A/AA violation on any of them (every language, light; the
// default language dark too), the grid one column at 240 px and two at 360 px, and the drawings
// rendered as pictures with JavaScript off. Pages are found in the build, none named here.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/built-site.ts';
import { home } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const built = builtPages();
const withDrawing = built.filter((p) => /<figure class="screen"|<section class="screen-grid"/.test(p.html)).map((p) => p.path);
const gridPages = built.filter((p) => p.html.includes('class="screen-grid"')).map((p) => p.path);

test('the build has pages with drawings and a grid', () => {
  expect(withDrawing.length).toBeGreaterThan(gridPages.length);
  expect(gridPages.length).toBeGreaterThan(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of colorScheme === 'light' ? withDrawing : withDrawing.filter((p) => p.startsWith(home))) {
      test(`${path} (a page with a drawing) has no WCAG A/AA violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const [width, columns] of [
    [240, 1],
    [360, 2],
  ] as const) {
    test(`at ${width} px the grid has ${columns} column(s), every drawing drawn and inside the screen`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      for (const path of gridPages) {
        await page.goto(path);
        const items = await page.locator('.screen-grid li').evaluateAll((lis) =>
          lis.map((li) => {
            const svg = li.querySelector('svg')!.getBoundingClientRect();
            const share = li.getBoundingClientRect().width / li.parentElement!.getBoundingClientRect().width;
            return { share, svgWidth: svg.width, svgHeight: svg.height, right: svg.right };
          }),
        );
        for (const item of items) {
          // Each item's share of the grid's width: all of it in one column, about half in two (with the gap).
          expect(item.share, `${path}: ${columns} column(s)`).toBeGreaterThan(columns === 1 ? 0.95 : 0.4);
          expect(item.share, `${path}: ${columns} column(s)`).toBeLessThanOrEqual(columns === 1 ? 1 : 0.5);
          expect(item.svgWidth, path).toBeGreaterThanOrEqual(64);
          expect(item.svgHeight / item.svgWidth, `${path}: a device, upright`).toBeCloseTo(1.8, 1);
          expect(item.right, path).toBeLessThanOrEqual(width);
        }
      }
    });
  }
});
