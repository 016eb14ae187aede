// Installing the guide as an app: Chromium's own installability check finds nothing missing on a
// language's home page, and once the language is saved, the app's start page opens without a
// connection, in the language's words, with its manifest and icons kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumLaunch } from '../../src/core/chromium.ts';
import { serve } from '../../src/serve/static-server.ts';
import { distDir } from '../helpers/built-site.ts';
import { home, lang, titleOf, words } from './site.ts';

test('Chromium finds the home page installable (Page.getInstallabilityErrors returns none)', async ({ baseURL }) => {
  // A profile of its own: Chromium installs nothing from a private (incognito) window, which is what a test's context is.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-install-'));
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunch, baseURL });
  const page = await context.newPage();
  await page.goto(home);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
  expect(manifest.url).toMatch(new RegExp(`/${lang}/manifest\\.webmanifest$`));
  expect(manifest.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  expect(installabilityErrors).toEqual([]);
});

test('a reader who never installs pays at most 1 kB for it: the manifest and the icon Chromium fetches to offer installing', async () => {
  const sent: [string, number][] = [];
  const server = await serve(distDir, 0, { onServe: (p, bytes) => sent.push([p, bytes]) });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-install-'));
  // A regular profile, as on a phone: it checks whether the page can be installed, an incognito one does not.
  const context = await chromium.launchPersistentContext(profile, chromiumLaunch);
  const page = await context.newPage();
  await page.goto(`${server.url}${home}`);
  await expect.poll(() => sent.some(([p]) => p.endsWith('.webmanifest'))).toBe(true);
  await page.waitForLoadState('networkidle');
  await context.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
  const forInstalling = sent.filter(([p]) => p.endsWith('.webmanifest') || p.startsWith('/icons/'));
  expect(forInstalling.reduce((sum, [, bytes]) => sum + bytes, 0), forInstalling.map(([p, b]) => `${p} ${b} B`).join(', ')).toBeLessThanOrEqual(1000);
});

test("after a save, the app's start page opens offline, and its manifest and icons are kept", async ({ page, context }) => {
  test.setTimeout(2 * 60_000);
  await page.goto(home);
  await page.locator('[data-offline-save]').click();
  await expect(page.locator('[data-offline] [role=status]')).toHaveText(words.offline.done, { timeout: 60_000 });
  const manifestUrl = await page.locator('link[rel=manifest]').evaluate((link: HTMLLinkElement) => link.href);
  const manifest = (await (await page.request.get(manifestUrl)).json()) as { start_url: string; icons: { src: string }[] };
  const startUrl = new URL(manifest.start_url, manifestUrl).href;
  expect(new URL(startUrl).pathname).toBe(home);
  await context.setOffline(true);
  // What the installed app does when started: open its start page, from the saved copy.
  await page.goto(startUrl);
  await expect(page.locator('h1')).toHaveText(titleOf(home));
  const kept = await page.evaluate(
    async (urls) => Promise.all(urls.map(async (url) => (await caches.match(url))?.status ?? 0)),
    [manifestUrl, ...manifest.icons.map((icon) => new URL(icon.src, manifestUrl).href)],
  );
  expect(kept).toEqual([200, 200, 200, 200]);
});
