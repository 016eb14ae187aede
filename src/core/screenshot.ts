// Pictures made at build from small HTML documents, by one Chromium for all of them: share-preview
// cards and app icons. One page is reused for every picture, so a hundred cost one browser start.
import { chromium } from 'playwright-core';
import { chromiumLaunch } from './chromium.ts';
import { smallerPng } from './png.ts';

/** Draws one HTML document (no network: everything inline) at width × height CSS pixels, as a PNG with a palette of `colours` (smallerPng). */
export type Shoot = (html: string, width: number, height: number, options: { colours: number }) => Promise<Buffer>;

/** Runs `work` with a Shoot that reuses one Chromium page, and closes the browser after it, even on error. */
export async function withScreenshots<T>(work: (shoot: Shoot) => Promise<T>): Promise<T> {
  const browser = await chromium.launch(chromiumLaunch).catch((error: Error) => {
    throw new Error(
      `Chromium could not start (${chromiumLaunch.executablePath}): ${error.message.split('\n')[0]}\n` +
        '  it draws the app icons and the share-preview images: install it (apt install chromium) or name it with CHROMIUM_PATH',
    );
  });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    // Only the document itself: a picture never fetches anything.
    await page.route('**/*', (route) => route.abort());
    const cdp = await page.context().newCDPSession(page);
    return await work(async (html, width, height, { colours }) => {
      await page.setViewportSize({ width, height });
      await page.setContent(html, { waitUntil: 'load' });
      // Chromium's quick PNG (half the time of its usual one): smallerPng writes it again anyway.
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true, clip: { x: 0, y: 0, width, height, scale: 1 } });
      return smallerPng(Buffer.from(data, 'base64'), colours);
    });
  } finally {
    await browser.close();
  }
}
