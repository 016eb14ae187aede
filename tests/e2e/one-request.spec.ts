// Each page is a single request: the browser needs nothing but the HTML to show it. Counted through
// the DevTools protocol, which also sees requests pages do not make themselves (such as /favicon.ico).
import { expect, test } from '@playwright/test';
import { samplePages } from './site.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page of the sample loads with exactly one request', async ({ page, context }) => {
    test.setTimeout(10 * 60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const extra: string[] = [];
    let current = '';
    cdp.on('Network.requestWillBeSent', ({ request }) => {
      if (new URL(request.url).pathname !== current) extra.push(`${current}: ${request.url}`);
    });
    for (const path of samplePages) {
      current = path;
      await page.goto(path, { waitUntil: 'load' });
      await page.waitForTimeout(100); // lets a late favicon request arrive while its page is current
    }
    expect(extra).toEqual([]);
  });
});

test('with JavaScript, nothing else is requested before the page has loaded', async ({ page, context }) => {
  test.setTimeout(10 * 60_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Page.enable');
  const early: string[] = [];
  for (const path of samplePages.filter((_, i) => i % 5 === 0)) {
    const requests: { url: string; at: number }[] = [];
    const onRequest = ({ request, timestamp }: { request: { url: string }; timestamp: number }) => requests.push({ url: request.url, at: timestamp });
    cdp.on('Network.requestWillBeSent', onRequest);
    const loaded = new Promise<number>((resolve) => cdp.once('Page.loadEventFired', ({ timestamp }) => resolve(timestamp)));
    await page.goto(path, { waitUntil: 'load' });
    const loadAt = await loaded;
    await page.waitForTimeout(100);
    cdp.off('Network.requestWillBeSent', onRequest);
    for (const { url, at } of requests) if (new URL(url).pathname !== path && at < loadAt) early.push(`${path}: ${url}`);
  }
  expect(early).toEqual([]);
});
