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
    // A request a page makes late (a favicon, after load) arrives while a later page is current: it is
    // counted all the same, since its path is not that page's either. Only the last page's is waited for.
    for (const path of samplePages) {
      current = path;
      await page.goto(path, { waitUntil: 'load' });
    }
    await page.waitForLoadState('networkidle');
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
    // Only this page's own requests: a script the previous page loaded after its load event can be on its way still.
    const onRequest = ({ request, timestamp, documentURL }: { request: { url: string }; timestamp: number; documentURL: string }) => {
      if (new URL(documentURL).pathname === path) requests.push({ url: request.url, at: timestamp });
    };
    cdp.on('Network.requestWillBeSent', onRequest);
    const loaded = new Promise<number>((resolve) => cdp.once('Page.loadEventFired', ({ timestamp }) => resolve(timestamp)));
    await page.goto(path, { waitUntil: 'load' });
    const loadAt = await loaded; // DevTools sends events in order: every request before the load event is in
    cdp.off('Network.requestWillBeSent', onRequest);
    for (const { url, at } of requests) if (new URL(url).pathname !== path && at < loadAt) early.push(`${path}: ${url}`);
  }
  expect(early).toEqual([]);
});
