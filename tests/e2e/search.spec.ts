// Search in the browser: instant results on the first keystroke, full-text results after, from a
// folder opened with file://, without WebAssembly, by keyboard, at 240 px, within its byte budget.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../../src/serve/static-server.ts';
import { distDir } from '../helpers/built-site.ts';
import { searchCases, searchLanguages } from '../helpers/search-queries.ts';
import { articles, escapeRegExp, fill, home, lang, oneWordQuery, query, titleOf, words } from './site.ts';

const results = (page: Page) => page.locator('.search-results');
/** Where a result link leads, as a site path. */
const pathsOf = (page: Page) => results(page).locator('ol a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function typeQuery(page: Page, q: string) {
  await page.getByLabel(words.searchLabel).click();
  await page.keyboard.type(q);
}

test('the first keystroke shows instant results, then full-text results replace them', async ({ page }) => {
  await page.goto(articles[0]!);
  await typeQuery(page, query.q.slice(0, 1));
  await expect(results(page)).toHaveAttribute('data-tier', /instant|full/);
  await page.keyboard.type(query.q.slice(1));
  await expect(results(page)).toHaveAttribute('data-tier', 'full');
  const [before, after] = fill(words.search.count, { query: query.q }).split('{count}').map(escapeRegExp);
  await expect(results(page).getByRole('status')).toHaveText(new RegExp(`^${before}\\d+${after}$`));
  expect((await pathsOf(page)).slice(0, 3).some((p) => query.pages.includes(p))).toBe(true);
});

test('Enter moves the keyboard to the first result, which opens its page', async ({ page }) => {
  await page.goto(home);
  await typeQuery(page, query.q);
  const first = results(page).locator('ol a').first();
  await expect(first).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  const target = (await pathsOf(page))[0]!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    test('the results have no WCAG A/AA violations', async ({ page }) => {
      await page.goto(home);
      await typeQuery(page, query.q);
      await expect(results(page)).toHaveAttribute('data-tier', 'full');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}

test('nothing found says so, and points to the A–Z list', async ({ page }) => {
  await page.goto(home);
  await typeQuery(page, 'zzqxj');
  await expect(results(page).getByRole('status')).toHaveText(fill(words.search.none, { query: 'zzqxj' }));
});

test('results fit a 240 px screen', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 240, height: 640 } });
  await page.goto(home);
  await typeQuery(page, query.q);
  await expect(results(page)).toHaveAttribute('data-tier', 'full');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(240);
  await page.close();
});

test('without WebAssembly the instant tier answers alone, with no error', async ({ browser }) => {
  const server = await serve(distDir);
  const page = await browser.newPage();
  await page.addInitScript(() => Reflect.deleteProperty(globalThis, 'WebAssembly')); // as in iOS Lockdown Mode or KaiOS
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}${home}`);
  expect(await page.evaluate(() => typeof WebAssembly)).toBe('undefined');
  await typeQuery(page, query.q);
  await expect(results(page).locator('ol a').first()).toBeVisible();
  await expect(results(page)).toHaveAttribute('data-tier', 'instant');
  expect((await pathsOf(page)).slice(0, 3).some((p) => query.pages.includes(p))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
  await server.close();
});

test('from a copy opened as a folder (file://), the instant tier finds and opens pages', async ({ page }) => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-file-'));
  fs.cpSync(distDir, copy, { recursive: true });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(pathToFileURL(path.join(copy, articles[0]!, 'index.html')).href);
  await typeQuery(page, query.q);
  const first = results(page).locator('ol a').first();
  await expect(first).toBeVisible();
  const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(href).toMatch(new RegExp(`^${escapeRegExp(pathToFileURL(copy).href)}/.+/index\\.html$`));
  const found = href.slice(pathToFileURL(copy).href.length).replace(/index\.html$/, '');
  const top3 = (await pathsOf(page)).slice(0, 3).map((href) => href.slice(copy.length).replace(/index\.html$/, ''));
  expect(top3.some((p) => query.pages.includes(p)), top3.join(', ')).toBe(true);
  await first.click();
  await expect(page.locator('h1')).toHaveText(titleOf(found));
  expect(errors).toEqual([]);
});

for (const lang of searchLanguages()) {
test(`${lang}: the full-text tier alone puts the right page in the top 3 for every test query`, async ({ page }) => {
  await page.goto(`/${lang}/`);
  const misses = await page.evaluate(async (cases) => {
    const bundle = '/pagefind/pagefind.js'; // a path in the browser, not a module TypeScript can see
    const pagefind = await import(/* @vite-ignore */ bundle);
    await pagefind.options({ noWorker: true });
    const missed: string[] = [];
    for (const { q, pages } of cases) {
      const { results: found } = await pagefind.search(q);
      const top = await Promise.all(found.slice(0, 3).map((r: { data(): Promise<{ url: string }> }) => r.data()));
      if (!top.some((d: { url: string }) => pages.includes(d.url))) missed.push(`${q} → ${top.map((d: { url: string }) => d.url).join(', ')}`);
    }
    return missed;
  }, searchCases(lang));
  expect(misses).toEqual([]);
});
}

test('a first one-word full-text search downloads at most 102,400 bytes', async ({ browser }) => {
  const sent: [string, number][] = [];
  const server = await serve(distDir, 0, { onServe: (urlPath, bytes) => sent.push([urlPath, bytes]) });
  const page = await browser.newPage();
  await page.goto(`${server.url}${home}`);
  await typeQuery(page, oneWordQuery.q);
  await expect(results(page)).toHaveAttribute('data-tier', 'full');
  const fullText = sent.filter(([urlPath]) => urlPath.startsWith('/pagefind/')).reduce((sum, [, bytes]) => sum + bytes, 0);
  expect(fullText).toBeGreaterThan(0);
  expect(fullText).toBeLessThanOrEqual(102_400);
  await page.close();
  await server.close();
});

test('nothing of search is downloaded before the search box is focused; focusing starts it', async ({ browser }) => {
  const sent: string[] = [];
  const server = await serve(distDir, 0, { onServe: (urlPath) => sent.push(urlPath) });
  const page = await browser.newPage();
  await page.goto(`${server.url}${articles[0]}`);
  await page.waitForLoadState('networkidle');
  expect(sent.filter((p) => /^\/(search|pagefind)\//.test(p))).toEqual([]);
  await page.getByLabel(words.searchLabel).focus();
  await expect.poll(() => sent.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  expect(sent).toContain(`/search/instant.${lang}.js`);
  await page.close();
  await server.close();
});
