// After the build: PDFs printed by Chromium from the built pages. Per language, one handout per
// article marked `handout: true` (the page as printed, with its QR code), and a booklet of the whole
// guide in reading order with a cover, a table of contents with page numbers, and numbered pages.
// The sizes are then written into the links that offer them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { chromium, type Page } from 'playwright-core';
import { formatSize } from '../i18n/format-size.ts';
import { fill } from '../i18n/fill.ts';
import { serve } from '../serve/static-server.ts';
import { pagePath } from '../core/hrefs.ts';

/** What the PDFs of one language say besides its pages: the booklet's cover, the words around them. */
export interface PrintLanguage {
  title: string;
  tagline: string;
  /** Who publishes the guide, for the booklet's cover. */
  publisher?: { name: string; contact?: string | undefined; url?: string | undefined } | undefined;
  /** The date the guide was last updated, YYYY-MM-DD. */
  updated: string;
  /** Interface words: src/i18n/<lang>.json "print". */
  words: Record<string, string>;
}

export interface PdfOptions {
  siteUrl: string;
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

interface ArticlePage {
  path: string;
  file: string;
  title: string;
  section: string;
  handout?: string;
  html: string;
}

const MARGIN = { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' };
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pages in a PDF written by Chromium (Skia writes one uncompressed /Type /Page object per page). */
export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** A language's articles in reading order, following each page's "next" link from the first. */
export function readingOrder(distDir: string, lang: string): ArticlePage[] {
  const pages = new Map<string, ArticlePage & { next?: string; previous?: string }>();
  for (const entry of fs.readdirSync(path.join(distDir, lang), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = fs.readFileSync(file, 'utf8');
    const article = /<article\b[^>]*>[\s\S]*?<\/article>/.exec(html)?.[0];
    if (!article) continue;
    const crumbs = [...(/<nav class="crumbs"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]!);
    pages.set(pagePath(path.relative(distDir, file)), {
      path: pagePath(path.relative(distDir, file)),
      file,
      title: /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1] ?? '',
      section: crumbs.at(-1) ?? '',
      handout: /data-handout="([^"]+)"/.exec(article)?.[1],
      html: article,
      next: /<a href="([^"]+)" rel="next"/.exec(html)?.[1],
      previous: /<a href="([^"]+)" rel="prev"/.exec(html)?.[1],
    });
  }
  const ordered: ArticlePage[] = [];
  for (let page = [...pages.values()].find((p) => !p.previous); page; page = page.next ? pages.get(page.next) : undefined) ordered.push(page);
  return ordered;
}

const BOOKLET_CSS = `@media print {
  .cover { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .cover h1 { font-size: 30pt; margin: 0 0 0.3em; }
  .cover .lead { font-size: 16pt; }
  .cover svg { width: 35mm; height: 35mm; }
  .toc { break-after: page; }
  .toc ol { list-style: none; padding: 0; margin: 0; }
  .toc li { display: flex; align-items: baseline; margin: 0 0 0.2em; break-inside: avoid; }
  .toc li.section { font-weight: 700; margin-top: 0.8em; }
  .toc .dots { flex: 1; border-bottom: 1px dotted #000; margin: 0 0.4em; }
  .booklet-article { break-before: page; }
  .booklet-article a { text-decoration: underline; }
}`;

/** One HTML document for the booklet, or for any part of it (used to count each part's pages). */
function bookletHtml(lang: string, css: string, parts: string[]): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>booklet</title><style>${css}${BOOKLET_CSS}</style></head><body><main class="wrap">${parts.join('')}</main></body></html>`;
}

/** Links inside the booklet go to the article in it; links to other pages to the live site. */
function linksForBooklet(html: string, held: Set<string>, siteUrl: string): string {
  return html.replace(/\shref="(\/[^"#]*)(#[^"]*)?"/g, (_, target: string) =>
    held.has(target) ? ` href="#a${target.replace(/\//g, '-').replace(/-$/, '')}"` : ` href="${new URL(target.slice(1), siteUrl).href}"`,
  );
}

/** "Published by …" and the publisher's contact, on the booklet's cover. */
function publisherLine({ publisher, words }: PrintLanguage): string {
  if (!publisher) return '';
  const contact = [publisher.contact, publisher.url].filter(Boolean).join(' · ');
  return `<p class="publisher">${escapeHtml(fill(words.publishedBy!, { name: publisher.name }))}${contact ? `<br>${escapeHtml(contact)}` : ''}</p>`;
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

function hasQpdf(): boolean {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Chromium writes every object of a tagged PDF uncompressed; qpdf packs them into compressed object
 * streams, which halves a booklet (tags and outline kept).
 */
function compress(file: string): void {
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--compression-level=9', '--replace-input', file]);
}

/** Writes dist/print/<lang>/<handout>.pdf and booklet.pdf for every language, then the sizes into the pages. */
export async function buildPdfs(distDir: string, options: PdfOptions): Promise<PdfFile[]> {
  const missing = [
    ...(fs.existsSync(options.chromium.executablePath) ? [] : [`Chromium (looked for ${options.chromium.executablePath}; CHROMIUM_PATH names another)`]),
    ...(hasQpdf() ? [] : ['qpdf']),
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
  const articlesOf = new Map(Object.keys(options.languages).map((lang) => [lang, readingOrder(distDir, lang)]));
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
      const save = (name: string, pdf: Buffer) => {
        const file = path.join(outDir, name);
        fs.writeFileSync(file, pdf);
        compress(file);
        written.push({ file: `print/${lang}/${name}`, pages: pageCount(pdf), bytes: fs.statSync(file).size });
        progress.files.done++;
      };
      const articles = articlesOf.get(lang)!;

      // Handouts: the page itself, as printed, with its address and QR code.
      for (const article of articles.filter((a) => a.handout)) {
        await page.goto(server.url + article.path, { waitUntil: 'load' });
        save(`${article.handout}.pdf`, await print(page, `${language.title} · ${article.title}`, language.words.page!));
        printed();
      }

      // The sizes into the links that offer the files.
      const sizeOf = (name: string) => written.find((w) => w.file === `print/${lang}/${name}`)!;
      for (const article of articles.filter((a) => a.handout)) {
        const html = fs.readFileSync(article.file, 'utf8');
        fs.writeFileSync(article.file, html.replace('__PDF_SIZE__', formatSize(sizeOf(`${article.handout}.pdf`).bytes, lang)));
      }

      const home = path.join(distDir, lang, 'index.html');
      if (!withBooklet(lang)) {
        // Too long for one booklet (BOOKLET_MAX_ARTICLES): its home page offers none.
        fs.writeFileSync(home, fs.readFileSync(home, 'utf8').replace(/<p class="download"><a href="[^"]*\/booklet\.pdf">[\s\S]*?<\/p>/, ''));
        continue;
      }

      // The booklet: each part's pages are counted first, so the contents can give page numbers.
      const css = /<style>([\s\S]*?)<\/style>/.exec(fs.readFileSync(home, 'utf8'))?.[1] ?? '';
      const held = new Set(articles.map((a) => a.path));
      const bodies = articles.map((a) => `<section class="booklet-article" id="a${a.path.replace(/\//g, '-').replace(/-$/, '')}">${linksForBooklet(a.html.replace(/<p class="download">[\s\S]*?<\/p>/, ''), held, options.siteUrl)}</section>`);
      const version = createHash('sha256').update(bodies.join('')).digest('hex').slice(0, 12);
      const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${language.updated}T00:00:00Z`));
      const address = new URL(`${lang}/`, options.siteUrl).href;
      const qr = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
      const cover = `<section class="cover"><h1>${escapeHtml(language.title)}</h1><p class="lead">${escapeHtml(language.tagline)}</p><p>${escapeHtml(fill(language.words.version!, { version, date }))}</p>${qr}<p>${escapeHtml(address)}</p>${publisherLine(language)}</section>`;
      const contents = (numbers: number[]) => {
        let section = '';
        const items = articles.map((a, i) => {
          const heading = a.section !== section ? `<li class="section">${a.section}</li>` : '';
          section = a.section;
          return `${heading}<li><a href="#a${a.path.replace(/\//g, '-').replace(/-$/, '')}">${a.title}</a><span class="dots"></span><span>${numbers[i] ?? ''}</span></li>`;
        });
        return `<nav class="toc"><h2>${escapeHtml(language.words.contents!)}</h2><ol>${items.join('')}</ol></nav>`;
      };
      const count = async (parts: string[], on = page) => {
        await on.setContent(bookletHtml(lang, css, parts), { waitUntil: 'load' });
        const pages = pageCount(await print(on, language.title, language.words.page!));
        printed();
        return pages;
      };
      const front = await count([cover, contents(articles.map(() => 999))]);
      // Articles are counted on every core at once, one Chromium tab each.
      const lengths: number[] = [];
      let counted = 0;
      await Promise.all(
        counters.map(async (tab) => {
          while (counted < bodies.length) {
            const i = counted++;
            lengths[i] = await count([bodies[i]!], tab);
          }
        }),
      );
      const starts: number[] = [];
      let next = front + 1;
      for (const length of lengths) {
        starts.push(next);
        next += length;
      }
      await page.setContent(bookletHtml(lang, css, [cover, contents(starts), ...bodies]), { waitUntil: 'load' });
      const booklet = await print(page, language.title, language.words.page!);
      printed();
      if (pageCount(booklet) !== next - 1) throw new Error(`booklet.pdf (${lang}): ${pageCount(booklet)} pages, but its parts counted ${next - 1}`);
      save('booklet.pdf', booklet);

      const bookletFile = sizeOf('booklet.pdf');
      fs.writeFileSync(
        home,
        fs.readFileSync(home, 'utf8').replace('__BOOKLET_PAGES__', String(bookletFile.pages)).replace('__BOOKLET_SIZE__', formatSize(bookletFile.bytes, lang)),
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
  for (const entry of fs.readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = fs.readFileSync(file, 'utf8');
    if (html.includes('<p class="download">')) fs.writeFileSync(file, html.replace(/<p class="download">[\s\S]*?<\/p>/g, ''));
  }
}
