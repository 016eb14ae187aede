// A Kiwix file (ZIM) of one language, written by Debian's zimwriterfs (zim-tools) from a folder of
// the language's pages reshaped for Kiwix: no scripts (Kiwix's browser extension refuses inline ones
// and its readers run no service worker), no site search (Kiwix searches the file with its own
// full-text index, one per file, so one language per file keeps its stemming), no .br/.gz copies,
// and every link relative: kiwix-serve serves a file under /<book>/, where a link from the root breaks.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { relativeLink } from '../bundle/index.ts';
import { readerCopy, render } from './reader-copy.ts';
import { illustrationPng } from './illustration.ts';

/** ISO 639-3 codes of the engine's languages, as Kiwix names a file's language. */
const ISO_639_3: Record<string, string> = { en: 'eng', sw: 'swa', fr: 'fra', es: 'spa', pt: 'por', 'pt-BR': 'por', hi: 'hin', id: 'ind', fil: 'fil', ar: 'ara' };

/** The ISO 639-3 code of a language: site.yaml's `iso639_3` for it, else the engine's table. */
export function kiwixLanguage(language: { code: string; iso639_3?: string | undefined }): string {
  const code = language.iso639_3 ?? ISO_639_3[language.code] ?? ISO_639_3[language.code.split('-')[0]!];
  if (!code) {
    throw new Error(
      `site.yaml: language "${language.code}" has no ISO 639-3 code, which its Kiwix file must name.\n` +
        `  Add iso639_3 to it under languages (such as iso639_3: eng), or build without Kiwix files: parts: { zim: false }`,
    );
  }
  return code;
}

export interface ZimBook {
  /** site.yaml `id`: the file's name starts with it. */
  id: string;
  lang: string;
  iso639_3: string;
  /** Kiwix shows at most 30 characters of a title and 80 of a description. */
  title: string;
  description: string;
  creator: string;
  publisher: string;
  siteUrl: string | undefined;
  /** The language's pages: site path → built HTML. The language's home is the main page. */
  pages: Map<string, string>;
  /** Pictures the pages show: site path → file contents. */
  pictures: Map<string, Buffer>;
}

const TITLE_MAX = 30;
const DESCRIPTION_MAX = 80;

/** The folder zimwriterfs packs: the pages at their paths below the language, links relative. */
function zimFolder(book: ZimBook, folder: string): void {
  const prefix = `/${book.lang}/`;
  const fileOf = (sitePath: string) => (sitePath.endsWith('/') ? `${sitePath.slice(prefix.length)}index.html` : sitePath.slice(prefix.length));
  for (const [sitePath, html] of book.pages) {
    const file = fileOf(sitePath);
    const page = readerCopy(html, {
      holds: (target) => book.pages.has(target) || book.pictures.has(target),
      linkTo: (target, fragment) => relativeLink(file, `/${fileOf(target)}`) + (fragment ? `#${fragment}` : ''),
      siteUrl: book.siteUrl,
    });
    const out = path.join(folder, file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    // Pictures are linked like pages: their addresses too become relative.
    fs.writeFileSync(out, render(page).replace(/\ssrc="(\/[^"]+)"/g, (whole, src: string) => (book.pictures.has(src) ? ` src="${relativeLink(file, `/${fileOf(src)}`)}"` : whole)));
  }
  for (const [sitePath, body] of book.pictures) {
    fs.mkdirSync(path.dirname(path.join(folder, fileOf(sitePath))), { recursive: true });
    fs.writeFileSync(path.join(folder, fileOf(sitePath)), body);
  }
}

/** Writes the book's ZIM as `file` (named <id>_<lang>_all_<YYYY-MM>.zim, as Kiwix names its own). */
export function writeZim(book: ZimBook, file: string): void {
  for (const [field, value, max] of [['title', book.title, TITLE_MAX], ['tagline', book.description, DESCRIPTION_MAX]] as const) {
    if ([...value].length > max) throw new Error(`content/${book.lang}/site.yaml: ${field} "${value}" is longer than the ${max} characters a Kiwix file's ${field === 'title' ? 'title' : 'description'} may have`);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-zim-'));
  try {
    zimFolder(book, folder);
    fs.writeFileSync(path.join(folder, 'illustration-48.png'), illustrationPng());
    fs.rmSync(file, { force: true });
    execFileSync(
      'zimwriterfs',
      [
        '--welcome=index.html',
        '--illustration=illustration-48.png',
        `--language=${book.iso639_3}`,
        `--title=${book.title}`,
        `--description=${book.description}`,
        `--creator=${book.creator}`,
        `--publisher=${book.publisher}`,
        `--name=${book.id}_${book.lang}_all`,
        '--flavour=all',
        '--scraper=lockguide',
        '--tags=_category:other;_videos:no;_details:yes',
        ...(book.siteUrl ? [`--source=${new URL(`${book.lang}/`, book.siteUrl).href}`] : []),
        '--threads=2',
        folder,
        file,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
