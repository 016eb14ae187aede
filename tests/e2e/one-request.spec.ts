// Each page is a single request: the browser needs nothing but the HTML to show it.
// Counted through the DevTools protocol, which also sees requests pages do not make themselves
// (such as /favicon.ico).
import { expect, test } from '@playwright/test';
import { allPages } from './pages.ts';

test('every page loads with exactly one request', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const extra: string[] = [];
  let current = '';
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    if (new URL(request.url).pathname !== current) extra.push(`${current}: ${request.url}`);
  });
  for (const path of allPages) {
    current = path;
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForTimeout(100); // lets a late favicon request arrive while its page is current
  }
  expect(extra).toEqual([]);
});
