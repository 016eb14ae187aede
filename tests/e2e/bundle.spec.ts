// The folder bundle opened straight from disk: follow links three levels deep and back, search and
// open a result, with no error and no failed request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { writeBundles } from '../../src/bundle/build.ts';
import { contentDir } from '../../src/core/paths.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { distDir } from '../helpers/built-site.ts';
import { lang, languageName, query, site, words } from './site.ts';

test.skip(!site.parts.bundle, 'this site has no bundles');

test('a bundle opened from a folder: links three levels deep and back, then search', async ({ page }) => {
  const bundles = writeBundles(loadSiteConfig(contentDir), contentDir, distDir, fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-bundle-')));
  const bundle = bundles.find((b) => b.folder.endsWith(`-${lang}`))!;
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  const home = new RegExp(`/${lang}/index\\.html$`);

  await page.goto(pathToFileURL(path.join(bundle.folder, 'index.html')).href);
  await page.getByRole('link', { name: languageName, exact: true }).click();
  await expect(page).toHaveURL(home);
  // The first section, its first article: three levels from the bundle's first page.
  await page.locator('main ul.list a').first().click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/[^/]+/index\\.html$`));
  const article = page.locator('main ul.list a').first();
  const title = (await article.textContent())!.trim();
  await article.click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/[^/]+/[^/]+/index\\.html$`));
  await expect(page.locator('h1')).toHaveText(title);
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(home);

  await page.getByLabel(words.searchLabel).click();
  await page.keyboard.type(query.q);
  const first = page.locator('.search-results ol a').first();
  const found = (await first.textContent())!.trim();
  await first.click();
  await expect(page.locator('h1')).toHaveText(found);
  await page.getByRole('navigation', { name: words.breadcrumbLabel }).getByRole('link', { name: words.home }).click();
  await expect(page).toHaveURL(home);
  expect(problems).toEqual([]);
});
