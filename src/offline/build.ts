// After the build: what offline use needs. Per language, the files a full save holds, packed into one
// download each for the pages and the full-text search (pack.ts); their sizes over the wire written
// into the language's "save" box; the build's version; and the service worker and offline interface
// scripts, with all of that built in.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScript } from '../core/bundle-script.ts';
import { OFFLINE_FULLTEXT_SIZE, OFFLINE_GROUP, OFFLINE_PDFS_SIZE, OFFLINE_SIZE } from './contract.ts';
import { distFiles, isDownload, picturesOf } from '../core/dist.ts';
import { formatSize } from '../i18n/format.ts';
import { brotliQuality } from '../core/compress.ts';
import { writePack, type PackFile } from './pack.ts';
import { ICONS, manifestFile } from '../install/index.ts';

export interface OfflineOptions {
  languages: string[];
  /** The tag Pagefind's entry file is fetched with (search-build.ts), part of its cache key. */
  pagefindCacheTag: string;
  /** Per language: the offline interface words (src/i18n/<lang>.json "offline"). */
  words: Record<string, Record<string, string>>;
  /** Called after each language's packs are measured. */
  onPacked?: () => void;
}

/**
 * What a full save of one language holds. `pages` always (every page, and the instant search that
 * works offline); `fullText` (Pagefind's index) and `pdfs` only when the reader ticks them: each is
 * offered with its size, and the default save stays small for readers who pay for every megabyte.
 * PDFs are fetched one by one (compressed already); the pages pack lists them.
 */
export interface LanguageOffline {
  pages: PackFile;
  fullText?: PackFile;
  /** The PDFs' total size. */
  pdfs: number;
}

export type GroupName = 'pages' | 'fullText' | 'pdfs';

export interface OfflineReport {
  version: string;
  languages: Record<string, LanguageOffline>;
  /** Per language, the files of each part, as paths inside dist. */
  files: Record<string, Record<GroupName, string[]>>;
}

/** The files of each group of a full save of one language, as paths inside dist. */
export function languageFiles(distDir: string, lang: string, pagefindCacheTag: string): Record<GroupName, string[]> {
  const entry = JSON.parse(fs.readFileSync(path.join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const key = Object.keys(entry.languages).find((k) => k === lang.toLowerCase() || k === lang.split('-')[0]);
  const index = key ? entry.languages[key]! : undefined;
  const files = distFiles(distDir);
  const pages = files.filter(
    (file) =>
      (file.startsWith(`${lang}/`) && file.endsWith('.html')) ||
      file === 'index.html' ||
      file === 'search/ui.js' ||
      file === `search/instant.${lang}.js` ||
      file === `offline/ui.${lang}.js` ||
      // An installed app opens offline at its start page, with its icons.
      file === manifestFile(lang) ||
      ICONS.some((icon) => icon.file === file),
  );
  return {
    pages: [...pages, ...picturesOf(distDir, pages.filter((file) => file.endsWith('.html')))],
    fullText: index
      ? files
          .filter(
            (file) =>
              file === 'pagefind/pagefind.js' ||
              file === 'pagefind/pagefind-entry.json' ||
              file === `pagefind/pagefind.${index.hash}.pf_meta` ||
              file === `pagefind/wasm.${index.wasm}.pagefind` ||
              (file.startsWith(`pagefind/index/${key}_`) && file.endsWith('.pf_index')),
          )
          .map((file) => (file === 'pagefind/pagefind-entry.json' ? `${file}?ts=${pagefindCacheTag}` : file))
      : [],
    pdfs: files.filter((file) => file.startsWith(`print/${lang}/`) && file.endsWith('.pdf')),
  };
}

/**
 * A fingerprint of everything built: a new build with any change gets a new version. The downloads
 * are made from the same pages, and a Kiwix file differs at each making (it holds a random id).
 */
export function versionOf(distDir: string): string {
  const hash = createHash('sha256');
  for (const file of distFiles(distDir)) if (!OWN_FILES.test(file) && !isDownload(file)) hash.update(file).update(fs.readFileSync(path.join(distDir, file)));
  return hash.digest('hex').slice(0, 12);
}

/** What this step writes: the worker, the offline scripts and the packs (derived from the files counted). */
const OWN_FILES = /^(sw\.js|offline\/ui\.[^/]+\.js|offline\/[^/]+\.pack|offline\/packs\.[^/]+\.json)(\.br|\.gz)?$/;

const client = (name: string) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url));

/** A language's PDFs, listed in its pages pack and fetched one by one: compressed already, sent as they are. */
const pdfsOf = (distDir: string, files: string[]) => files.map((file): [string, number] => [`/${file}`, fs.statSync(path.join(distDir, file)).size]);

export async function buildOffline(distDir: string, options: OfflineOptions): Promise<OfflineReport> {
  fs.mkdirSync(path.join(distDir, 'offline'), { recursive: true });
  // The offline interface, one script per language with only its words: it loads on every first visit.
  for (const lang of options.languages) await bundleScript(client('client'), path.join(distDir, 'offline', `ui.${lang}.js`), { __WORDS__: options.words[lang] });
  const quality = brotliQuality(distDir);
  const { languages: codes } = options;
  const filesOf = new Map(codes.map((lang) => [lang, languageFiles(distDir, lang, options.pagefindCacheTag)]));
  const pdfList = codes.map((lang) => pdfsOf(distDir, filesOf.get(lang)!.pdfs));
  const pdfs = pdfList.map((list) => list.reduce((sum, [, bytes]) => sum + bytes, 0));
  const pagesPack = (lang: string, i: number) => writePack(distDir, `${lang}.pages`, filesOf.get(lang)!.pages, pdfList[i]!, quality);
  const fullText = await Promise.all(codes.map((lang) => (filesOf.get(lang)!.fullText.length > 0 ? writePack(distDir, `${lang}.full-text`, filesOf.get(lang)!.fullText, [], quality) : undefined)));
  // The pages are packed twice: the sizes on the save box change the home page, itself in the pack (by a few bytes).
  const measured = await Promise.all(codes.map((lang, i) => pagesPack(lang, i).finally(options.onPacked)));
  codes.forEach((lang, i) => {
    const home = path.join(distDir, lang, 'index.html');
    const offered = { fullText: fullText[i] !== undefined, pdfs: pdfs[i]! > 0 };
    const html = fs
      .readFileSync(home, 'utf8')
      .replace(OFFLINE_SIZE, formatSize(measured[i]!.bytes, lang))
      .replace(OFFLINE_FULLTEXT_SIZE, formatSize(fullText[i]?.bytes ?? 0, lang))
      .replace(OFFLINE_PDFS_SIZE, formatSize(pdfs[i]!, lang))
      // An option with nothing in it is not offered.
      .replace(new RegExp(`<label[^>]*${OFFLINE_GROUP}="(\\w+)"[^>]*>[\\s\\S]*?</label>`, 'g'), (label, name: keyof typeof offered) => (offered[name] ? label : ''));
    fs.writeFileSync(home, html);
    for (const ending of ['', '.br', '.gz']) fs.rmSync(path.join(distDir, measured[i]!.url + ending));
  });
  const pages = await Promise.all(codes.map(pagesPack));
  const languages = Object.fromEntries(codes.map((lang, i): [string, LanguageOffline] => [lang, { pages: pages[i]!, ...(fullText[i] && { fullText: fullText[i] }), pdfs: pdfs[i]! }]));
  const version = versionOf(distDir);
  // What the worker reads when a save starts: each pack's address and sizes, for this version.
  const needed = ({ url, bytes, size }: PackFile) => ({ url, bytes, size });
  const forWorker = Object.fromEntries(
    Object.entries(languages).map(([lang, { pages, fullText, pdfs }]) => [lang, { pages: needed(pages), ...(fullText && { fullText: needed(fullText) }), pdfs }]),
  );
  fs.writeFileSync(path.join(distDir, 'offline', `packs.${version}.json`), JSON.stringify(forWorker));
  const fromCopy = Object.fromEntries(codes.map((lang) => [lang, options.words[lang]?.fromCopy ?? '']));
  await bundleScript(client('sw'), path.join(distDir, 'sw.js'), { __VERSION__: version, __FROM_COPY__: fromCopy });
  return { version, languages, files: Object.fromEntries(filesOf) };
}
