// `npm run bench [-- --content DIR] [--out DIR]`: builds the site, then measures how sample pages load
// on an emulated 2G phone, and scores sample pages with Lighthouse's SEO category. Prints tables and
// writes reports/bench.json beside the output folder.
// Figures, not pass/fail: budgets in bytes are the tests' job.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { PAGE_GZIP_AIM, PAGE_GZIP_MAX } from '../core/budgets.ts';
import { chromiumLaunch } from '../core/chromium.ts';
import { gzip } from '../core/compress.ts';
import { distFiles, isDownload } from '../core/dist.ts';
import { contentDir, outDir, shown } from '../core/paths.ts';
import { pagePath } from '../core/hrefs.ts';
import { searchCases } from '../search/index.ts';
import { runBuild } from '../build/index.ts';
import { readArgs } from '../core/cli-args.ts';
import { serve } from '../serve/index.ts';
import { slowLink } from './slow-link.ts';
import { seoSample, seoScore } from './lighthouse.ts';

readArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } }, 'npm run bench [-- --content DIR] [--out DIR]'); // core/paths.ts reads them
if (!runBuild(contentDir, outDir)) process.exit(1);

const NETWORK = { offline: false, latency: 300, downloadThroughput: 250_000 / 8, uploadThroughput: 50_000 / 8 }; // 2G: 250 kbps down, 300 ms RTT
const CPU_SLOWDOWN = 4;
const RUNS = 3;

const htmlFiles = distFiles(outDir).filter((file) => file.endsWith('.html') && !isDownload(file));
const gzipped = new Map(htmlFiles.map((file) => [pagePath(file), gzip(fs.readFileSync(path.join(outDir, file))).length]));
const pages = [...gzipped.keys()].sort();
const articles = pages.filter((p) => p.split('/').length === 5 && !p.includes('/directory/'));
const largest = pages.reduce((a, b) => (gzipped.get(a)! >= gzipped.get(b)! ? a : b));
const home = pages.find((p) => /^\/[^/]+\/$/.test(p))!;
const lang = home.split('/')[1];
// The root, a language home, the no-JS search target, an article, the directory, and the heaviest page.
const sample = [...new Set(['/', home, `/${lang}/a-z/`, articles[0]!, `/${lang}/directory/`, largest])].filter((p) => gzipped.has(p));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

let served: [string, number][] = [];
const server = await serve(outDir, 0, { onServe: (urlPath, bytes) => served.push([urlPath, bytes]) });
const browser = await chromium.launch(chromiumLaunch);

/**
 * A fresh context (empty cache) with one page on emulated 2G and a slow CPU. Service workers are
 * blocked: a first visit has none yet, and a worker's own fetches would escape the page's throttling.
 */
async function slowPage() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

async function measure(pathname: string) {
  const { context, page, cdp } = await slowPage();
  const started: number[] = [];
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', (event) => started.push(event.timestamp));
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await cdp.send('Page.enable');
  const loaded = new Promise<number>((resolve) => cdp.once('Page.loadEventFired', (event) => resolve(event.timestamp)));
  await page.goto(server.url + pathname, { waitUntil: 'load' });
  const loadAt = await loaded;
  const requests = started.filter((at) => at <= loadAt).length; // what the page needed to show; enhancements come after
  const fcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true });
      }),
  );
  await context.close();
  return { requests, bytes, fcp };
}

const rows = [];
for (const pathname of sample) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(pathname));
  rows.push({
    page: pathname,
    htmlGzip: gzipped.get(pathname)!,
    requests: median(runs.map((r) => r.requests)),
    wireBytes: median(runs.map((r) => r.bytes)),
    fcpMs: Math.round(median(runs.map((r) => r.fcp))),
  });
}
/**
 * Milliseconds from a query's first keystroke until each search tier shows results, read in the page
 * from the results panel's data-tier attribute. The panel does not exist until the interface loads.
 */
async function timeQuery(page: import('@playwright/test').Page, query: string) {
  await page.evaluate(() => {
    const w = window as unknown as { bench: Record<string, number> };
    w.bench = {};
    document.querySelector('#q')!.addEventListener('keydown', () => (w.bench.start ??= performance.now()), { once: true });
    new MutationObserver(() => {
      const panel = document.querySelector('[data-tier]');
      const tier = panel?.getAttribute('data-tier');
      if (tier && panel!.querySelector('ol a')) w.bench[tier] ??= performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-tier'] });
  });
  await page.locator('#q').fill('');
  await page.locator('#q').pressSequentially(query);
  await page.waitForFunction(() => (window as unknown as { bench: Record<string, number> }).bench.full !== undefined, null, { timeout: 60_000 });
  const t = await page.evaluate(() => (window as unknown as { bench: Record<string, number> }).bench);
  return { instant: Math.round((t.instant ?? t.full!) - t.start!), full: Math.round(t.full! - t.start!) };
}

// Two one-word queries from the site's own test set (content/<lang>/search-queries.yaml): the first
// is timed on a page just loaded, the second on the same page after it.
const oneWord = searchCases(contentDir, lang!).filter(({ q }) => !q.includes(' ')).map(({ q }) => q);
const [SEARCH_QUERY = 'a', WARM_QUERY = SEARCH_QUERY] = oneWord;
const searchRuns = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page } = await slowPage();
  await page.goto(`${server.url}/${lang}/`, { waitUntil: 'load' });
  served = [];
  await page.locator('#q').focus();
  const cold = await timeQuery(page, SEARCH_QUERY);
  const bytes = served.reduce((sum, [, b]) => sum + b, 0);
  const warm = await timeQuery(page, WARM_QUERY);
  searchRuns.push({ cold, warm, bytes });
  await context.close();
}
const search = {
  query: SEARCH_QUERY,
  instantColdMs: median(searchRuns.map((r) => r.cold.instant)),
  fullColdMs: median(searchRuns.map((r) => r.cold.full)),
  instantWarmMs: median(searchRuns.map((r) => r.warm.instant)),
  fullWarmMs: median(searchRuns.map((r) => r.warm.full)),
  firstSearchBytes: median(searchRuns.map((r) => r.bytes)),
};

// A full save of the language, cold, through a 2G link at the server: a service worker's downloads
// pass beside the page's network emulation, so the link itself is slowed (slow-link.ts).
const link = await slowLink(server.url, { bitsPerSecond: 250_000, roundTripMs: 300 });
const saveContext = await browser.newContext();
const savePage = await saveContext.newPage();
await (await saveContext.newCDPSession(savePage)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
await savePage.goto(`${link.url}/${lang}/`, { waitUntil: 'load' });
const saveButton = savePage.locator('[data-offline-save]');
await saveButton.waitFor({ state: 'visible', timeout: 120_000 });
await savePage.waitForLoadState('networkidle'); // the worker's own first files are in: the save starts alone
link.reset();
const saveStarted = performance.now();
await saveButton.click();
await savePage.locator('[data-offline-remove]').waitFor({ state: 'visible', timeout: 600_000 });
const save = {
  button: (await saveButton.textContent())!.trim(),
  ...link.sent(),
  seconds: Math.round((performance.now() - saveStarted) / 100) / 10,
};
await saveContext.close();
await link.close();

await browser.close();

// Lighthouse's SEO category in the source language and the language of the heaviest page (another
// script, as a rule), or the second language.
const otherLanguages = pages.filter((p) => /^\/[^/]+\/$/.test(p) && p !== home).map((p) => p.split('/')[1]!);
const seoLanguages = [lang!, ...[largest.split('/')[1]!, ...otherLanguages].filter((l) => l !== lang).slice(0, 1)];
const seo = [];
for (const page of seoSample(pages, seoLanguages, (p) => articles.includes(p) && !p.includes('/a-z/'))) seo.push(await seoScore(server.url, page));
await server.close();

const allSizes = [...gzipped.values()];
const summary = {
  pages: allSizes.length,
  largestHtmlGzip: Math.max(...allSizes),
  medianHtmlGzip: median(allSizes),
  overAim: [...gzipped].filter(([, size]) => size > PAGE_GZIP_AIM).map(([p]) => p),
};

console.log(`\nEmulated 2G (250 kbps down, 300 ms RTT) with ${CPU_SLOWDOWN}× CPU slowdown; median of ${RUNS} cold loads.\n`);
console.log('| page | HTML gzip (B) | requests | bytes on wire | first contentful paint (ms) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.page} | ${r.htmlGzip} | ${r.requests} | ${r.wireBytes} | ${r.fcpMs} |`);
console.log(
  `\nAll ${summary.pages} pages: median ${summary.medianHtmlGzip} B, largest ${summary.largestHtmlGzip} B gzipped ` +
    `(budget ${PAGE_GZIP_MAX}, aim ${PAGE_GZIP_AIM}; over aim: ${summary.overAim.length ? summary.overAim.join(', ') : 'none'}).`,
);

console.log(`\nSearch for "${search.query}" from a page just loaded, same conditions (median of ${RUNS}); warm: a second query on the same page.\n`);
console.log('| tier | cold: first keystroke to results (ms) | warm (ms) |');
console.log('| --- | ---: | ---: |');
console.log(`| instant | ${search.instantColdMs} | ${search.instantWarmMs} |`);
console.log(`| full text (Pagefind) | ${search.fullColdMs} | ${search.fullWarmMs} |`);
console.log(`\nBytes sent from focus to full-text results: ${search.firstSearchBytes} (interface, instant index and Pagefind).`);

console.log(`\nSave for offline ("${save.button}"), cold, through a 2G link at the server (250 kbps shared, 300 ms before each first byte), page CPU ${CPU_SLOWDOWN}× slower:`);
console.log(`${save.responses} responses, ${save.bytes} bytes sent, ${save.seconds} s from the click to "saved".`);

console.log(`\nLighthouse ${seo[0]?.version ?? ''} SEO category, Chromium ${chromiumLaunch.executablePath}:\n`);
console.log('| page | SEO score | audits not passed |');
console.log('| --- | ---: | --- |');
for (const r of seo) console.log(`| ${r.page} | ${r.score} | ${r.failing.join(', ') || 'none'} |`);

const reports = path.join(path.dirname(outDir), 'reports');
fs.mkdirSync(reports, { recursive: true });
fs.writeFileSync(path.join(reports, 'bench.json'), JSON.stringify({ network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, runs: RUNS, rows, summary, search, save, seo }, null, 2) + '\n');
console.log(`Written: ${shown(path.join(reports, 'bench.json'))}`);
