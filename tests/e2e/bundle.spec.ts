// The folder bundle opened straight from disk: follow links three levels deep and back, search and
// open a result, with no error and no failed request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { writeBundles } from '../../src/cli/bundle.ts';
import { distDir } from '../helpers/built-site.ts';

test('a bundle opened from a folder: links three levels deep and back, then search', async ({ page }) => {
  const [english] = writeBundles(distDir, fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-bundle-')));
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));

  await page.goto(pathToFileURL(path.join(english!.folder, 'index.html')).href);
  await page.getByRole('link', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Which lock is this?' }).first().click();
  await expect(page.locator('h1')).toHaveText('Which lock is on my phone?');
  await page.getByRole('link', { name: /financing lock/ }).first().click();
  await expect(page).toHaveURL(/\/en\/which-lock\/financing-lock\/index\.html$/);
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/index\.html$/);

  await page.getByLabel('Search this guide').click();
  await page.keyboard.type('receipt');
  await page.locator('.search-results ol a').first().click();
  await expect(page.locator('h1')).toHaveText('What proof of payment should I keep?');
  await page.getByRole('navigation', { name: 'You are here' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/en\/index\.html$/);
  expect(problems).toEqual([]);
});
