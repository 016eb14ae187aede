// Offline: pages stay after a visit, a whole language can be saved (its size shown first), and a
// newer version replaces saved copies only when complete, never leaving a mix.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { serve } from '../../src/serve/static-server.ts';
import { builtPages, distDir } from '../helpers/built-site.ts';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-build.ts';
import { faultyLink, type Fault } from '../helpers/faulty-link.ts';
import { articles, escapeRegExp, fill, home, lang, languageName, query, titleOf, words } from './site.ts';

const saved = words.offline.fromCopy.split('{date}')[0]!;
/** An interface string as a pattern, its placeholders matching anything. */
const pattern = (template: string) => new RegExp(`^\\s*${template.split(/\{\w+\}/).map(escapeRegExp).join('.+')}\\s*$`);

const saveButton = (page: Page) => page.locator('[data-offline-save]');
const offlineStatus = (page: Page) => page.locator('[data-offline] [role=status]');

async function saveGuide(page: Page) {
  await saveButton(page).click();
  await expect(offlineStatus(page)).toHaveText(words.offline.done, { timeout: 60_000 });
}

test('visiting a page downloads nothing of offline use but the worker and its offline page', async ({ page }) => {
  const sent: string[] = [];
  const server = await serve(distDir, 0, { onServe: (p) => sent.push(p) });
  await page.goto(`${server.url}${articles[0]}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => sent.includes(`${home}offline/`)).toBe(true); // the worker keeps it once it runs
  await page.waitForLoadState('networkidle'); // and then nothing more comes
  expect(sent.sort()).toEqual([`${home}offline/`, articles[0], '/sw.js'].sort());
  await server.close();
});

test('a page opened once stays readable offline, saying it is a saved copy; others lead to the offline page', async ({ page, context }) => {
  const [visited, other] = articles as [string, string];
  await page.goto(visited);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now controlled: this visit is kept
  await context.setOffline(true);
  await page.goto(visited);
  await expect(page.locator('h1')).toHaveText(titleOf(visited));
  await expect(page.locator('[data-offline-note]')).toHaveText(new RegExp(`^${escapeRegExp(saved)}`));
  await page.goto(other);
  await expect(page.locator('h1')).toHaveText(words.offline.pageTitle);
  await expect(page.locator('[data-saved-pages] a')).toContainText([titleOf(visited)]);
});

test(`the save button names the size, and saving the language is one download of at most 130,000 bytes; every page is then readable offline`, async ({ page, context }) => {
  test.setTimeout(3 * 60_000); // opens every page of the language
  const sent: [string, number][] = [];
  const server = await serve(distDir, 0, { onServe: (p, b) => sent.push([p, b]) });
  await page.goto(`${server.url}${home}`);
  await expect(saveButton(page)).toHaveText(new RegExp(`^${escapeRegExp(fill(words.offline.save, { language: languageName })).replace('\\{size\\}', '\\d+ kB')}$`));
  const shown = Number((await saveButton(page).textContent())!.match(/(\d+) kB/)![1]) * 1000;
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState('networkidle'); // the worker's own first files are not part of the save
  sent.length = 0;
  await saveGuide(page);
  expect(sent.length, sent.map(([p]) => p).join(', ')).toBeLessThanOrEqual(3);
  const bytes = sent.reduce((sum, [, b]) => sum + b, 0);
  expect(bytes).toBeLessThanOrEqual(130_000); // the source language's budget
  expect(Math.abs(bytes - shown)).toBeLessThan(shown * 0.05); // the size shown is the size downloaded, near enough
  await context.setOffline(true);
  const missing: string[] = [];
  for (const { path: pagePath } of builtPages().filter((p) => p.path.startsWith(home))) {
    await page.goto(server.url + pagePath);
    if ((await page.locator('h1').textContent()) === words.offline.pageTitle && pagePath !== `${home}offline/`) missing.push(pagePath);
  }
  expect(missing).toEqual([]);
  await page.goto(`${server.url}${home}`);
  await page.getByLabel(words.searchLabel).click();
  await page.keyboard.type(query.q);
  await expect(page.locator('.search-results ol a').first()).toBeVisible(); // the instant tier, offline
  await server.close();
});

test('saving works through this project\'s server (Node, and nginx with its brotli files)', async ({ page, context }) => {
  await page.goto(home);
  await saveGuide(page);
  await context.setOffline(true);
  await page.goto(articles[1]!);
  await expect(page.locator('h1')).toHaveText(titleOf(articles[1]!));
  await expect(page.locator('[data-offline-note]')).toBeVisible();
});

test('ticking full-text search saves Pagefind too, and full-text search then works offline', async ({ page, context }) => {
  let bytes = 0;
  const server = await serve(distDir, 0, { onServe: (_, b) => (bytes += b) });
  await page.goto(`${server.url}${home}`);
  await expect(saveButton(page)).toBeVisible();
  const option = page.locator('[data-offline-group="fullText"]');
  await expect(option).toHaveText(pattern(words.offline.fullText));
  const extra = Number((await option.textContent())!.match(/\((\d+) kB\)/)![1]) * 1000;
  const base = Number((await saveButton(page).textContent())!.match(/(\d+) kB/)![1]) * 1000;
  await option.locator('input').check();
  await page.evaluate(() => navigator.serviceWorker.ready); // its own files (worker, offline page) are not part of the save
  bytes = 0;
  await saveGuide(page);
  expect(Math.abs(bytes - (base + extra))).toBeLessThan((base + extra) * 0.05);
  await context.setOffline(true);
  await page.goto(`${server.url}${home}`);
  await page.getByLabel(words.searchLabel).click();
  await page.keyboard.type(query.q);
  await expect(page.locator('.search-results')).toHaveAttribute('data-tier', 'full');
  await server.close();
});

/** Saved caches of the site, complete or not: after a failed save there are none. */
const savedCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.includes('-saved-')));

test('a save can be cancelled, and keeps nothing', async ({ page, context }) => {
  const server = await serve(distDir, 0);
  const link = await faultyLink(server.url);
  await page.goto(`${link.url}${home}`);
  await expect(saveButton(page)).toBeVisible();
  link.faultFor = (p) => (p.endsWith('.pack') ? 'stall' : undefined); // half the pack arrives, then nothing: Cancel mid-download
  await saveButton(page).click();
  await expect(offlineStatus(page)).toHaveText(pattern(words.offline.saving));
  await page.locator('[data-offline-cancel]').click();
  await expect(offlineStatus(page)).toHaveText(words.offline.cancelled);
  await expect(saveButton(page)).toBeVisible();
  expect(await savedCaches(page)).toEqual([]);
  await context.setOffline(true);
  await page.goto(`${link.url}${articles[1]}`);
  await expect(page.locator('h1')).toHaveText(words.offline.pageTitle);
  await link.close();
  await server.close();
});

test.describe('a save that fails keeps nothing, says why in the reader\'s language, and can be tried again', () => {
  const cases: [string, Fault | 'storage', string][] = [
    ['the connection drops half-way', 'drop', words.offline.failed],
    ['the download arrives damaged', 'damage', words.offline.failedDamaged],
    ['the server answers 404', 404, fill(words.offline.failedServer, { status: 404 })],
    ['the server answers 500', 500, fill(words.offline.failedServer, { status: 500 })],
    ['the phone is full', 'storage', words.offline.failedStorage],
  ];
  for (const [name, fault, message] of cases) {
    test(name, async ({ page, context }) => {
      const server = await serve(distDir, 0);
      const link = await faultyLink(server.url);
      await page.goto(`${link.url}${home}`);
      await expect(saveButton(page)).toBeVisible();
      const cdp = await context.newCDPSession(page);
      if (fault === 'storage') await cdp.send('Storage.overrideQuotaForOrigin', { origin: link.url, quotaSize: 200_000 }); // less than the pages unpacked
      else link.faultFor = (p) => (p.endsWith('.pack') ? fault : undefined);
      await saveButton(page).click();
      await expect(offlineStatus(page)).toHaveText(message);
      await expect(saveButton(page)).toBeVisible(); // the way to try again
      expect(await savedCaches(page)).toEqual([]);
      // Fixed: the same button saves the language whole.
      link.faultFor = () => undefined;
      if (fault === 'storage') await cdp.send('Storage.overrideQuotaForOrigin', { origin: link.url });
      await saveGuide(page);
      await context.setOffline(true);
      await page.goto(`${link.url}${articles[1]}`);
      await expect(page.locator('h1')).toHaveText(titleOf(articles[1]!));
      await link.close();
      await server.close();
    });
  }
});

test.describe('a newer version', () => {
  test.setTimeout(120_000);

  let v1: FixtureBuild;
  let v2: FixtureBuild;
  let pages: string[];
  test.beforeAll(() => {
    test.setTimeout(180_000); // two whole builds of the fixture site
    // The fixture site, and a second build where one article is newer: every page's footer date changes.
    v1 = buildFixture();
    v2 = buildFixture({
      edit: (content) => {
        const file = path.join(content, 'en', 'basics', 'soil.mdx');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('updated: 2026-01-10', 'updated: 2026-03-01').replace('Use soil with compost.', 'Use soil with compost and sand.'));
      },
    });
    expect(v1.status, v1.output).toBe(0);
    expect(v2.status, v2.output).toBe(0);
    pages = builtPages(v1.dist).filter((p) => p.path.startsWith('/en/') && p.path !== '/en/offline/').map((p) => p.path);
  });

  async function footerDates(context: BrowserContext, url: string) {
    await context.setOffline(true);
    const page = await context.newPage();
    const dates: string[] = [];
    for (const p of pages) {
      await page.goto(url + p);
      dates.push(`${p} ${await page.locator('footer time').getAttribute('datetime')}`);
    }
    await page.close();
    await context.setOffline(false);
    return dates;
  }

  /** The fixture's v1 served from a folder that a test swaps for v2, through a link that can fail. */
  async function liveSite() {
    const live = path.join(fs.mkdtempSync(path.join(v1.dir, 'live-')), 'dist');
    fs.cpSync(v1.dist, live, { recursive: true });
    const server = await serve(live, 0);
    const link = await faultyLink(server.url);
    return {
      link,
      toV2: () => {
        fs.rmSync(live, { recursive: true });
        fs.cpSync(v2.dist, live, { recursive: true });
      },
      close: async () => {
        await link.close();
        await server.close();
      },
    };
  }
  const dropPacks = (p: string): Fault | undefined => (p.endsWith('.pack') ? 'drop' : undefined);
  const days = (dates: string[]) => new Set(dates.map((d) => d.split(' ')[1]));

  test('replaces every saved page only when complete; an interrupted download leaves the old copy whole', async ({ page, context }) => {
    const { link, toV2, close } = await liveSite();
    await page.goto(`${link.url}/en/`);
    await saveGuide(page);
    expect(days(await footerDates(context, link.url))).toEqual(new Set(['2026-02-01']));

    toV2();
    await page.reload();
    const update = page.getByRole('region', { name: 'A newer version of this guide is available.' });
    await expect(update).toBeVisible();

    link.faultFor = dropPacks; // the connection drops mid-download
    await update.getByRole('button', { name: 'Get the newer version' }).click();
    await expect(update.getByRole('status')).toHaveText(/could not be downloaded/);
    link.faultFor = () => undefined;
    expect(days(await footerDates(context, link.url)), 'the old copy, whole').toEqual(new Set(['2026-02-01']));

    await update.getByRole('button', { name: 'Get the newer version' }).click();
    await page.waitForEvent('load'); // the page reloads under the new version
    expect(days(await footerDates(context, link.url)), 'every page new, none old').toEqual(new Set(['2026-03-01']));
    await context.setOffline(true);
    const soil = await context.newPage();
    await soil.goto(`${link.url}/en/basics/soil/`);
    await expect(soil.locator('main')).toContainText('Use soil with compost and sand.');
    const versions = await soil.evaluate(async () => new Set((await caches.keys()).map((name) => name.split('-')[1])).size);
    expect(versions, 'old caches removed').toBe(1);
    await close();
  });

  test('an update interrupted, the tab closed and the guide opened again offline: the old copy, whole', async ({ page, context }) => {
    const { link, toV2, close } = await liveSite();
    await page.goto(`${link.url}/en/`);
    await saveGuide(page);
    toV2();
    await page.reload();
    const update = page.getByRole('region', { name: 'A newer version of this guide is available.' });
    link.faultFor = dropPacks;
    await update.getByRole('button', { name: 'Get the newer version' }).click();
    await expect(update.getByRole('status')).toHaveText(/could not be downloaded/);
    await page.close(); // the tab closed: the new worker takes over at the next visit
    link.faultFor = () => undefined;
    const again = await context.newPage();
    await again.goto(`${link.url}/en/`);
    // The new worker now serves, and offers to bring the saved copy to its version again.
    await expect(again.getByRole('region', { name: 'A newer version of this guide is available.' })).toBeVisible();
    expect(days(await footerDates(context, link.url)), 'every page old, none new').toEqual(new Set(['2026-02-01']));
    await close();
  });
});
