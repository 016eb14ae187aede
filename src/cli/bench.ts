// `npm run bench`: how sample pages load on an emulated 2G phone. Prints a table and writes
// reports/bench.json. Figures, not pass/fail: budgets in bytes are the tests' job.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { PAGE_GZIP_AIM, PAGE_GZIP_MAX } from '../lib/budgets.ts';
import { chromiumLaunch } from '../lib/chromium.ts';
import { pagePath } from '../lib/links.ts';
import { outDir } from '../lib/paths.ts';
import { serve } from '../lib/static-server.ts';

const NETWORK = { offline: false, latency: 300, downloadThroughput: 250_000 / 8, uploadThroughput: 50_000 / 8 }; // 2G: 250 kbps down, 300 ms RTT
const CPU_SLOWDOWN = 4;
const RUNS = 3;

const htmlFiles = fs
  .readdirSync(outDir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => path.join(e.parentPath, e.name));
const gzipped = new Map(htmlFiles.map((file) => [pagePath(path.relative(outDir, file)), gzipSync(fs.readFileSync(file), { level: 9 }).length]));
const articles = [...gzipped.keys()].filter((p) => p.split('/').length === 5);
const largest = articles.reduce((a, b) => (gzipped.get(a)! >= gzipped.get(b)! ? a : b));
const sample = [...new Set(['/', '/en/', '/en/a-z/', articles[0]!, '/en/get-unlocked/steps/', largest])].filter((p) => gzipped.has(p));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await serve(outDir);
const browser = await chromium.launch(chromiumLaunch);

async function measure(pathname: string) {
  const context = await browser.newContext(); // a fresh, empty cache for every run
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let requests = 0;
  let bytes = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.goto(server.url + pathname, { waitUntil: 'load' });
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
await browser.close();
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

fs.mkdirSync('reports', { recursive: true });
fs.writeFileSync('reports/bench.json', JSON.stringify({ network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, runs: RUNS, rows, summary }, null, 2) + '\n');
console.log('Written: reports/bench.json');
