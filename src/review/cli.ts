// `npm run review -- --lang sw [--content content] [--out dist] [--pdf FILE]`: prints review/<lang>.pdf from the
// built site, for a speaker of the language to check its machine-assisted pages on paper.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { readArgs } from '../core/cli-args.ts';
import { chromiumLaunch } from '../core/chromium.ts';
import { today } from '../core/today.ts';
import { contentDir, outDir, shown } from '../core/paths.ts';
import { loadSiteConfig } from '../core/site-config.ts';
import { isInstalled } from '../core/commands.ts';
import { builtArticles, compressPdf } from '../print/index.ts';
import { articleBlocks } from './blocks.ts';
import { reviewHtml, type ReviewPage } from './sheet.ts';
import { statusRows } from './status.ts';

const USAGE = 'npm run review -- --lang sw [--content content] [--out dist] [--pdf review/sw.pdf]';
const { values } = readArgs({ options: { lang: { type: 'string' }, content: { type: 'string' }, out: { type: 'string' }, pdf: { type: 'string' } } }, USAGE);

function fail(message: string): never {
  console.error(`review: ${message}\n  ${USAGE}`);
  process.exit(2);
}

const site = loadSiteConfig(contentDir);
const lang = values.lang ?? fail('--lang is missing: which language do the sheets check?');
const language = site.languages.find((l) => l.code === lang) ?? fail(`"${lang}" is not a language of ${shown(path.join(contentDir, 'site.yaml'))}: ${site.languages.map((l) => l.code).join(', ')}`);
const source = site.languages.find((l) => l.code === site.defaultLanguage)!;
if (lang === source.code) fail(`${source.name} is the language the others are translated from: choose another`);
if (!fs.existsSync(path.join(outDir, lang))) fail(`no built site in ${shown(outDir)} for "${lang}": build it first with npm run build`);

const sourcePages = builtArticles(outDir, source.code);
const translated = new Map(builtArticles(outDir, lang).map((page) => [page.path, page]));
const rows = statusRows(contentDir, source.code, lang, sourcePages, translated);
const pages: ReviewPage[] = rows.flatMap((row, i) => {
  const page = translated.get(row.path);
  if (row.status !== 'machine-assisted' || !page) return [];
  return [{ title: row.title, path: row.path, follows: row.follows ?? '', source: articleBlocks(sourcePages[i]!.html), translation: articleBlocks(page.html) }];
});

const html = reviewHtml({
  siteTitle: site.languageSites[lang]!.title,
  language: { code: lang, name: language.name, ...(language.dir === 'rtl' && { dir: 'rtl' as const }) },
  source: { code: source.code, name: source.name },
  printed: today(),
  rows,
  pages,
});

const file = path.resolve(values.pdf ?? path.join('review', `${lang}.pdf`));
fs.mkdirSync(path.dirname(file), { recursive: true });
const browser = await chromium.launch(chromiumLaunch);
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    format: 'A4',
    landscape: true,
    margin: { top: '12mm', bottom: '14mm', left: '12mm', right: '12mm' },
    printBackground: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="font: 8px sans-serif; width: 100%; margin: 0 12mm; text-align: end;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  });
  fs.writeFileSync(`${file}.part`, pdf);
  if (isInstalled('qpdf')) compressPdf(`${file}.part`); // Chromium writes a tagged PDF uncompressed: a third of the size
  fs.renameSync(`${file}.part`, file); // never a half-written sheet under the real name
} finally {
  await browser.close();
}
console.log(`${shown(file)}: ${pages.length} pages to check of ${rows.length}, ${Math.round(fs.statSync(file).size / 1024)} kB`);
