// After the build: PDFs printed by Chromium from the built pages. Per language, one handout per
// article marked `handout: true` (the page as printed, with its QR code), and a booklet of the whole
// guide in reading order (booklet.ts). The sizes are then written into the offers of them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { isInstalled } from '../core/commands.ts';
import { distFiles } from '../core/dist.ts';
import { decodeEntities, escapeHtml } from '../core/html.ts';
import { formatSize } from '../i18n/format.ts';
import { builtArticles } from './articles.ts';
import { bookletArticles, bookletHtml, contents, cover, textVersion, type PrintLanguage } from './booklet.ts';
import { BOOKLET_PAGES, BOOKLET_SIZE, PDF_SIZE, pdfOffers } from './contract.ts';
import { serve } from '../serve/index.ts';
import { pdfInfoUpdate, type PdfInfo } from './pdf-info.ts';

export interface PdfOptions {
  /** The public address, or undefined when it is a placeholder: then no QR code or address is printed. */
  siteUrl: string | undefined;
  /** Who the PDFs name as their author: the publisher. */
  author: string;
  chromium: { executablePath: string; args: string[] };
  languages: Record<string, PrintLanguage>;
  /**
   * Called after each print by Chromium: how many of how many are done, and how many PDF files of
   * how many are written. A booklet takes a print for each article (to count its pages) and two more.
   */
  onProgress?: (prints: { done: number; total: number }, files: { done: number; total: number }) => void;
}

/**
 * A language with more articles than this gets no booklet, and its home page offers none: past a
 * couple of thousand printed pages, one PDF is too big to download or print (and takes minutes to make).
 */
export const BOOKLET_MAX_ARTICLES = 1000;

export interface PdfFile {
  file: string;
  pages: number;
  bytes: number;
}

const MARGIN = { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' };

/** Pages in a PDF written by Chromium (Skia writes one uncompressed /Type /Page object per page). */
export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

function footer(title: string, pageWord: string): string {
  return `<div style="font: 9px sans-serif; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;"><span>${escapeHtml(title)}</span><span>${escapeHtml(pageWord)} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

async function print(page: Page, title: string, pageWord: string): Promise<Buffer> {
  return page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footer(title, pageWord),
    margin: MARGIN,
  });
}

/**
 * Chromium writes every object of a tagged PDF uncompressed; qpdf packs them into compressed object
 * streams, which halves a booklet (tags and outline kept). `info` sets its title, author and subject.
 */
export function compress(file: string, info?: PdfInfo): void {
  const update = info && pdfInfoUpdate(file, info);
  try {
    execFileSync('qpdf', [...(update ? [`--update-from-json=${update}`] : []), '--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--compression-level=9', '--replace-input', file]);
  } finally {
    if (update) fs.rmSync(path.dirname(update), { recursive: true, force: true });
  }
}

/** Writes dist/print/<lang>/<handout>.pdf and booklet.pdf for every language, then the sizes into the pages. */
export async function buildPdfs(distDir: string, options: PdfOptions): Promise<PdfFile[]> {
  const missing = [
    ...(fs.existsSync(options.chromium.executablePath) ? [] : [`Chromium (looked for ${options.chromium.executablePath}; CHROMIUM_PATH names another)`]),
    ...(isInstalled('qpdf') ? [] : ['qpdf']),
  ];
  if (missing.length > 0) {
    throw new Error(
      `PDFs are printed with Chromium and compressed with qpdf. Missing: ${missing.join(', ')}.\n` +
        '  Install them (Debian or Ubuntu: apt-get install chromium qpdf),\n' +
        '  or build the site without PDFs: LOCKGUIDE_PDF=off npm run build',
    );
  }
  const server = await serve(distDir);
  const browser = await chromium.launch(options.chromium);
  const written: PdfFile[] = [];
  const articlesOf = new Map(Object.keys(options.languages).map((lang) => [lang, builtArticles(distDir, lang)]));
  const withBooklet = (lang: string) => articlesOf.get(lang)!.length <= BOOKLET_MAX_ARTICLES;
  const progress = { prints: { done: 0, total: 0 }, files: { done: 0, total: 0 } };
  for (const [lang, articles] of articlesOf) {
    const handouts = articles.filter((a) => a.handout).length;
    progress.files.total += handouts + (withBooklet(lang) ? 1 : 0);
    progress.prints.total += handouts + (withBooklet(lang) ? articles.length + 2 : 0);
  }
  const printed = () => {
    progress.prints.done++;
    options.onProgress?.(progress.prints, progress.files);
  };
  try {
    const printTab = async () => {
      const tab = await browser.newPage();
      await tab.emulateMedia({ media: 'print' });
      return tab;
    };
    const page = await printTab();
    const counters = [page, ...(await Promise.all(Array.from({ length: os.availableParallelism() - 1 }, printTab)))];
    for (const [lang, language] of Object.entries(options.languages)) {
      const outDir = path.join(distDir, 'print', lang);
      fs.mkdirSync(outDir, { recursive: true });
      const save = (name: string, pdf: Buffer, info: PdfInfo) => {
        const file = path.join(outDir, name);
        fs.writeFileSync(file, pdf);
        compress(file, info);
        written.push({ file: `print/${lang}/${name}`, pages: pageCount(pdf), bytes: fs.statSync(file).size });
        progress.files.done++;
      };
      const articles = articlesOf.get(lang)!;

      // Handouts: the page itself, as printed, with its address and QR code.
      for (const article of articles.filter((a) => a.handout)) {
        await page.goto(server.url + article.path, { waitUntil: 'load' });
        const subject = await page.locator('meta[name="description"]').getAttribute('content');
        save(`${article.handout}.pdf`, await print(page, `${language.title} · ${article.title}`, language.words.page!), {
          title: decodeEntities(article.title.replace(/<[^>]+>/g, '')),
          author: options.author,
          subject: subject ?? '',
        });
        printed();
      }

      // The sizes into the links that offer the files.
      const sizeOf = (name: string) => written.find((w) => w.file === `print/${lang}/${name}`)!;
      for (const article of articles.filter((a) => a.handout)) {
        const html = fs.readFileSync(article.file, 'utf8');
        fs.writeFileSync(article.file, html.replace(PDF_SIZE, formatSize(sizeOf(`${article.handout}.pdf`).bytes, lang)));
      }

      const home = path.join(distDir, lang, 'index.html');
      if (!withBooklet(lang)) {
        // Too long for one booklet (BOOKLET_MAX_ARTICLES): its home page offers none.
        fs.writeFileSync(home, fs.readFileSync(home, 'utf8').replace(pdfOffers('booklet'), ''));
        continue;
      }

      // The booklet: each part's pages are counted first, so the contents can give page numbers.
      const css = /<style>([\s\S]*?)<\/style>/.exec(fs.readFileSync(home, 'utf8'))?.[1] ?? '';
      const links = { siteUrl: options.siteUrl, seePage: language.words.seePage! };
      const bodies = bookletArticles(articles, links);
      const version = textVersion(bodies);
      const front = [await cover(lang, language, options.siteUrl, version)];
      const count = async (parts: string[], on = page) => {
        await on.setContent(bookletHtml(lang, language.title, css, parts), { waitUntil: 'load' });
        const pages = pageCount(await print(on, language.title, language.words.page!));
        printed();
        return pages;
      };
      const frontPages = await count([...front, contents(articles, language, articles.map(() => 999))]);
      /** Each article's pages, counted on every core at once, one Chromium tab each. */
      const countEach = async (parts: string[]) => {
        const lengths: number[] = [];
        let counted = 0;
        await Promise.all(
          counters.map(async (tab) => {
            while (counted < parts.length) {
              const i = counted++;
              lengths[i] = await count([parts[i]!], tab);
            }
          }),
        );
        return lengths;
      };
      let lengths = await countEach(bodies);
      let booklet: Buffer;
      for (let attempt = 1; ; attempt++) {
        const starts = lengths.map((_, i) => frontPages + 1 + lengths.slice(0, i).reduce((sum, n) => sum + n, 0));
        const last = frontPages + lengths.reduce((sum, n) => sum + n, 0);
        // Now that every article's first page is known, its references print it.
        const numbered = bookletArticles(articles, { ...links, pages: new Map(articles.map((a, i) => [a.path, starts[i]!])) });
        await page.setContent(bookletHtml(lang, language.title, css, [...front, contents(articles, language, starts), ...numbered]), { waitUntil: 'load' });
        booklet = await print(page, language.title, language.words.page!);
        printed();
        if (pageCount(booklet) === last) break;
        // A real page number, shorter than the one counted with, pulled an article back by a page: count again.
        if (attempt === 3) throw new Error(`booklet.pdf (${lang}): ${pageCount(booklet)} pages, but its parts counted ${last}`);
        lengths = await countEach(numbered);
      }
      save('booklet.pdf', booklet, { title: language.title, author: options.author, subject: language.tagline });

      const bookletFile = sizeOf('booklet.pdf');
      fs.writeFileSync(
        home,
        fs.readFileSync(home, 'utf8').replace(BOOKLET_PAGES, String(bookletFile.pages)).replace(BOOKLET_SIZE, formatSize(bookletFile.bytes, lang)),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

/** When PDFs are not built, no page offers one. */
export function removePdfLinks(distDir: string): void {
  for (const file of distFiles(distDir).filter((f) => f.endsWith('.html')).map((f) => path.join(distDir, f))) {
    const html = fs.readFileSync(file, 'utf8');
    const without = html.replace(pdfOffers(), '');
    if (without !== html) fs.writeFileSync(file, without);
  }
}
