// The downloads build step: for every language, the guide as one HTML file, as an EPUB e-book and as
// a Kiwix file, in dist/download/; then the "Get this guide" page gets each file's size, and loses the
// offer of any file not made. Each part can be turned off in site.yaml `parts`, or for a quick build
// with LOCKGUIDE_HTML=off, LOCKGUIDE_EPUB=off or LOCKGUIDE_ZIM=off.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../core/build-step.ts';
import { isInstalled } from '../core/commands.ts';
import { DOWNLOADS, distFiles, guideUpdated, picturesOf } from '../core/dist.ts';
import { pagePath } from '../core/hrefs.ts';
import { publicUrl } from '../core/placeholder-url.ts';
import { publisherName } from '../core/site-config.ts';
import { today } from '../core/today.ts';
import { formatDay, formatSize } from '../i18n/format.ts';
import { bookletArticles, builtArticles, textVersion, type PrintedArticle } from '../print/index.ts';
import { DOWNLOAD_BOOKLET_PAGES, downloadFiles, downloadOffer, downloadSize, type DownloadKind } from './contract.ts';
import { EPUB_CSS, makeEpub } from './epub.ts';
import { bookPictures } from './epub-pictures.ts';
import { oneFileHtml } from './one-file.ts';
import { kiwixLanguage, writeZim } from './zim.ts';

type Part = Exclude<DownloadKind, 'booklet'>;
const PARTS: Part[] = ['html', 'epub', 'zim'];

/** Whether a part is made: on in site.yaml and not turned off for this build. */
const isOn = (part: Part, parts: Record<Part, boolean>) => parts[part] && process.env[`LOCKGUIDE_${part.toUpperCase()}`] !== 'off';

/**
 * A language's pages in the order a reader of the whole guide meets them: its home, each section's
 * list before the section's articles in reading order, then the rest (directory, A–Z) by address.
 * The offline page and the "Get this guide" page are left out: a copy has no use for them.
 */
function pagesInReadingOrder(distDir: string, lang: string, articles: PrintedArticle[]): string[] {
  const all = distFiles(path.join(distDir, lang))
    .filter((file) => path.posix.basename(file) === 'index.html')
    .map((file) => pagePath(`${lang}/${file}`))
    .filter((page) => page !== `/${lang}/offline/` && page !== `/${lang}/download/`);
  const ordered = [`/${lang}/`];
  for (const article of articles) {
    const sectionPages = all.filter((page) => page === `/${lang}/${article.section}/` || page.startsWith(`/${lang}/${article.section}/page/`));
    for (const page of [...sectionPages, article.path]) if (!ordered.includes(page)) ordered.push(page);
  }
  return [...ordered, ...all.filter((page) => !ordered.includes(page)).sort()];
}

const fileOf = (distDir: string, page: string) => path.join(distDir, page.slice(1), 'index.html');

export async function downloadsStep(distDir: string, { site, words, log }: BuildContext): Promise<void> {
  const parts = site.parts as typeof site.parts & Record<Part, boolean>;
  const on = PARTS.filter((part) => isOn(part, parts));
  const off = PARTS.filter((part) => !on.includes(part));
  if (off.length > 0) log.info(`not made: ${off.join(', ')} (site.yaml parts, or LOCKGUIDE_<PART>=off)`);
  if (on.includes('zim') && !isInstalled('zimwriterfs')) {
    throw new Error(
      'Kiwix files are made with zimwriterfs, which is missing.\n' +
        '  Install it (Debian or Ubuntu: apt-get install zim-tools),\n' +
        '  or build without them: LOCKGUIDE_ZIM=off npm run build, or parts: { zim: false } in site.yaml',
    );
  }
  const siteUrl = publicUrl(site.url);
  const month = today().slice(0, 7);
  fs.mkdirSync(path.join(distDir, DOWNLOADS), { recursive: true });
  const sizes: string[] = [];
  for (const { code: lang, dir, iso639_3 } of site.languages) {
    const t = words(lang);
    const language = site.languageSites[lang]!;
    const files = downloadFiles(site.id, lang, month);
    const articles = builtArticles(distDir, lang);
    const order = pagesInReadingOrder(distDir, lang, articles);
    const html = new Map(order.map((page) => [page, fs.readFileSync(fileOf(distDir, page), 'utf8')]));
    const updated = guideUpdated(distDir, lang);
    const publisher = publisherName(site);
    const made = new Map<DownloadKind, number>();
    const measure = (kind: DownloadKind) => made.set(kind, fs.statSync(path.join(distDir, files[kind])).size);
    const write = (kind: Part, body: string | Uint8Array) => {
      fs.writeFileSync(path.join(distDir, files[kind]), body);
      measure(kind);
    };

    if (on.includes('html')) {
      const search = (name: string) => fs.readFileSync(path.join(distDir, 'search', name), 'utf8');
      const full = fs.existsSync(path.join(distDir, 'search', `instant.${lang}.full.js`));
      write(
        'html',
        oneFileHtml({
          lang,
          dir,
          title: language.title,
          // Not the A–Z list: the file is searched as a whole, and its sections list every page.
          pages: order.filter((page) => !page.startsWith(`/${lang}/a-z/`)).map((page) => ({ path: page, html: html.get(page)! })),
          siteUrl,
          css: /<style>([\s\S]*?)<\/style>/.exec(html.get(`/${lang}/`)!)?.[1] ?? '',
          words: { search: t.searchLabel, searchButton: t.searchButton, skip: t.skipLink, top: t.downloads.top },
          searchIndex: search(full ? `instant.${lang}.full.js` : `instant.${lang}.js`),
          searchUi: search('ui.js'),
          footer: `${t.guideUpdated}: ${formatDay(updated, lang)}`,
        }),
      );
    }

    if (on.includes('epub')) {
      const pictures = await bookPictures(distDir, articles.map((a) => a.html));
      write(
        'epub',
        makeEpub({
          id: site.id,
          lang,
          dir,
          title: language.title,
          tagline: language.tagline,
          publisher,
          ...(site.license && { license: site.license }),
          updated,
          // The same version as the booklet's cover: the same words, the same version.
          version: textVersion(bookletArticles(articles, { siteUrl, seePage: t.print.seePage })),
          ...(siteUrl && { siteUrl }),
          sections: language.sections,
          chapters: articles.map(({ path: page, title, section, html: body }) => ({ path: page, title, section, html: pictures.html(body) })),
          picture: pictures.picture,
          words: { contents: t.print.contents, cover: t.downloads.cover, version: t.print.version },
          css: EPUB_CSS,
        }),
      );
    }

    if (on.includes('zim')) {
      const pictures = picturesOf(distDir, order.map((page) => path.relative(distDir, fileOf(distDir, page))));
      writeZim(
        {
          id: site.id,
          lang,
          iso639_3: kiwixLanguage({ code: lang, iso639_3 }),
          title: language.title,
          description: language.tagline,
          creator: publisher,
          publisher,
          siteUrl,
          pages: html,
          pictures: new Map(pictures.map((file) => [`/${file}`, fs.readFileSync(path.join(distDir, file))])),
        },
        path.join(distDir, files.zim),
      );
      measure('zim');
    }

    const booklet = path.join(distDir, files.booklet);
    if (fs.existsSync(booklet)) measure('booklet');

    // The sizes into the "Get this guide" page; the offers of files not made out of it.
    const page = path.join(distDir, lang, 'download', 'index.html');
    let text = fs.readFileSync(page, 'utf8');
    for (const kind of [...PARTS, 'booklet'] as DownloadKind[]) {
      const bytes = made.get(kind);
      text = bytes === undefined ? text.replace(downloadOffer(kind), '') : text.replace(downloadSize(kind), formatSize(bytes, lang));
    }
    if (made.has('booklet')) text = text.replace(DOWNLOAD_BOOKLET_PAGES, execFileSync('qpdf', ['--show-npages', booklet], { encoding: 'utf8' }).trim());
    fs.writeFileSync(page, text);
    sizes.push(`${lang}: ${[...made].map(([kind, bytes]) => `${kind} ${Math.round(bytes / 1000)} kB`).join(', ')}`);
  }
  log.info(sizes.join('; '));
}
