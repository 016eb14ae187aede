// Served like production: security headers, caching, no request to any other origin, no cookies or
// storage the reader did not ask for, and no page breaking its own Content-Security-Policy.
import { expect, test, type Page } from '@playwright/test';
import { allPages, articles, home, lang, query, samplePages, words } from './site.ts';

test('an article carries the security headers, and its policy allows no inline code it did not write', async ({ request }) => {
  const response = await request.get(articles[0]!, { headers: { 'Accept-Encoding': 'br, gzip' } });
  const headers = response.headers();
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toMatch(/script-src [^;]*'sha256-/);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('geolocation=()');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['content-encoding']).toBe('br');
});

test('files named by their content are kept a year; the service worker and Pagefind script are checked each time', async ({ request }) => {
  const index = await request.get(home);
  const html = await index.text();
  expect(html).toContain('data-search'); // a page that will search
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  const hash = entry.languages[lang].hash as string;
  expect((await request.get(`/pagefind/pagefind.${hash}.pf_meta`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/pagefind/pagefind.js')).headers()['cache-control']).toBe('no-cache');
  expect((await request.get(`/pagefind/wasm.${lang}.pagefind`)).status()).toBe(200);
});

async function watch(page: Page, baseURL: string) {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`other origin: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

test('every page, a search and a full save: nothing from another origin, no policy broken, nothing stored unasked', async ({ page, context, baseURL }) => {
  test.setTimeout(10 * 60_000);
  expect(baseURL).toBeTruthy();
  const problems = await watch(page, baseURL!);
  const pages = test.info().project.name === 'node' ? allPages : samplePages; // nginx serves the same files
  for (const path of pages.filter((p) => !p.endsWith('.html'))) await page.goto(path);
  await page.goto(home);
  await page.getByLabel(words.searchLabel).click();
  await page.keyboard.type(query.q);
  await expect(page.locator('.search-results')).toHaveAttribute('data-tier', 'full');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await page.locator('[data-offline-save]').click();
  await expect(page.locator('[data-offline] [role=status]')).toHaveText(words.offline.done, { timeout: 60_000 });
  expect(problems).toEqual([]);
});
