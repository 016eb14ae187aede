// The downloads as readers use them. The one-file guide opened from a phone's downloads (file://) at
// 360 px: its links and its search lead to parts of the file, nothing is requested from anywhere, and
// without JavaScript it reads and offers no search that cannot work. The Kiwix file as kiwix-serve
// serves it on a hotspot: its main page, links through a section, and Kiwix's own search.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { pageAnchor } from '../../src/core/hrefs.ts';
import { distDir } from '../helpers/built-site.ts';
import { lang, site, titleOf, articles } from './site.ts';

const oneFile = path.join(distDir, 'download', `${site.id}-${lang}.html`);

test.describe('the one-file guide, opened from a folder', () => {
  test('at 360 px its links and its search lead to parts of the file, and it requests nothing', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(pathToFileURL(oneFile).href);
    await expect(page.locator('h1').first()).toBeVisible();

    // A section of the home page, then an article listed in it: each a part of this same document.
    const section = page.locator(`#${pageAnchor(`/${lang}/`)} ul.list a`).first();
    const sectionTarget = (await section.getAttribute('href'))!;
    await section.click();
    expect(page.url()).toBe(`${pathToFileURL(oneFile).href}${sectionTarget}`);
    await expect(page.locator(sectionTarget).locator('h1')).toBeInViewport();

    const article = articles[0]!;
    await page.locator('header input[type="search"]').fill(titleOf(article));
    const hit = page.locator('.search-results a').first();
    await expect(hit).toHaveAttribute('href', `#${pageAnchor(article)}`);
    await hit.click();
    await expect(page.locator(`#${pageAnchor(article)} h1`)).toBeInViewport();
    expect(requests).toEqual([]);
  });

  test('without JavaScript it reads at 240 px, and shows no search box that could not work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 240, height: 640 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(oneFile).href);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('form[data-search]')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(240);
    await context.close();
  });
});

/** A free port on loopback. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

test.describe('the Kiwix file, served by kiwix-serve', () => {
  const zim = fs.readdirSync(path.join(distDir, 'download')).find((f) => f.startsWith(`${site.id}_${lang}_all_`) && f.endsWith('.zim'))!;
  const book = zim.replace(/\.zim$/, '');
  let server: ChildProcess;
  let base: string;

  test.beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn('kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, path.join(distDir, 'download', zim)], { stdio: 'ignore' });
    await expect.poll(() => fetch(`${base}/`).then((r) => r.status, () => 0), { timeout: 15_000 }).toBe(200);
  });
  test.afterAll(() => {
    server.kill();
  });

  test('its main page, and links through a section to an article', async ({ page }) => {
    const missing: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(response.url());
    });
    await page.goto(`${base}/${book}/index.html`);
    await expect(page.locator('h1')).toHaveText(site.languageSites[lang]!.tagline);
    await page.locator('main ul.list a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${book}/[^/]+/index\\.html$`));
    await page.locator('main ul.list a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${book}/[^/]+/[^/]+/index\\.html$`));
    await expect(page.locator('article h1')).toBeVisible();
    expect(missing).toEqual([]);
  });

  test("Kiwix's own search finds an article by its title", async ({ page }) => {
    const article = articles[0]!;
    await page.goto(`${base}/search?content=${encodeURIComponent(book)}&pattern=${encodeURIComponent(titleOf(article))}`);
    await expect(page.locator(`a[href="/${book}${article.slice(`/${lang}`.length)}index.html"]`).first()).toBeVisible();
  });
});
