// After the build: what offline use needs. Per language, the list of files a full save downloads and
// their size over the wire; that size written into the language's "save" button; the build's
// version; and the service worker and offline interface scripts, with all of that built in.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScript } from '../core/bundle-script.ts';
import { OFFLINE_FULLTEXT_SIZE, OFFLINE_GROUP, OFFLINE_PDFS_SIZE, OFFLINE_SIZE } from './contract.ts';
import { distFiles, picturesOf } from '../core/dist.ts';
import { formatSize } from '../i18n/format.ts';
import { pagePath } from '../core/hrefs.ts';
import { brotli, brotliAhead, brotliQuality } from '../core/compress.ts';

export interface OfflineOptions {
  languages: string[];
  /** The tag Pagefind's entry file is fetched with (search-build.ts), part of its cache key. */
  pagefindCacheTag: string;
  /** Per language: the offline interface words (src/i18n/<lang>.json "offline"). */
  words: Record<string, Record<string, string>>;
  /** Called with the number of files to measure, then after each is measured. */
  onProgress?: (total: number) => () => void;
}

/** Files with their size over the wire, and their total. */
export interface FileGroup {
  files: [url: string, bytes: number][];
  bytes: number;
}

/**
 * What a full save of one language can hold. `pages` always (every page, and the instant search that
 * works offline); `fullText` (Pagefind's index) and `pdfs` only when the reader ticks them: each is
 * offered with its size, and the default save stays small for readers who pay for every megabyte.
 */
export interface LanguageManifest {
  pages: FileGroup;
  fullText: FileGroup;
  pdfs: FileGroup;
}

export type GroupName = keyof LanguageManifest;

export interface OfflineReport {
  version: string;
  languages: Record<string, LanguageManifest>;
}

const PRECOMPRESSED = /\.(pagefind|pf_index|pf_meta|pf_fragment|png|jpe?g|webp|gif|avif|pdf|zip)$/;

/** What a file costs to download: brotli-compressed size for text, its own size for compressed files. */
export function transferSize(file: string, quality = 11): number {
  const body = fs.readFileSync(file);
  return PRECOMPRESSED.test(file) ? body.length : brotli(body, quality).length;
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
      file === 'offline/ui.js',
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

function group(distDir: string, files: string[]): FileGroup {
  const quality = brotliQuality(distDir);
  const sized = files.map((file): [string, number] => {
    const onDisk = path.join(distDir, file.replace(/\?.*$/, ''));
    return [file.endsWith('.html') ? pagePath(file) : `/${file}`, transferSize(onDisk, quality)];
  });
  return { files: sized, bytes: sized.reduce((sum, [, bytes]) => sum + bytes, 0) };
}

/** A language's files with their sizes over the wire, as they are on disk now. */
function manifest(distDir: string, { pages, fullText, pdfs }: Record<GroupName, string[]>): LanguageManifest {
  return { pages: group(distDir, pages), fullText: group(distDir, fullText), pdfs: group(distDir, pdfs) };
}

/** A fingerprint of everything built: a new build with any change gets a new version. */
export function versionOf(distDir: string): string {
  const hash = createHash('sha256');
  for (const file of distFiles(distDir)) if (file !== 'sw.js' && file !== 'offline/ui.js') hash.update(file).update(fs.readFileSync(path.join(distDir, file)));
  return hash.digest('hex').slice(0, 12);
}

const client = (name: string) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url));

export async function buildOffline(distDir: string, options: OfflineOptions): Promise<OfflineReport> {
  fs.mkdirSync(path.join(distDir, 'offline'), { recursive: true });
  await bundleScript(client('client'), path.join(distDir, 'offline', 'ui.js'), { __WORDS__: options.words });
  // Every text file a save holds, compressed on all cores first: the sizes below then only look them up.
  const text = distFiles(distDir).filter((file) => !PRECOMPRESSED.test(file) && /\.(html|js|json)$/.test(file));
  await brotliAhead(
    text.map((file) => path.join(distDir, file)),
    brotliQuality(distDir),
    options.onProgress?.(text.length),
  );
  // Which files each save holds: found once. Their sizes are measured twice: the sizes on the save box
  // change the home page, itself one of the files counted (by a few bytes).
  const filesOf = new Map(options.languages.map((lang) => [lang, languageFiles(distDir, lang, options.pagefindCacheTag)]));
  for (const lang of options.languages) {
    const home = path.join(distDir, lang, 'index.html');
    const sizes = manifest(distDir, filesOf.get(lang)!);
    const html = fs
      .readFileSync(home, 'utf8')
      .replace(OFFLINE_SIZE, formatSize(sizes.pages.bytes, lang))
      .replace(OFFLINE_FULLTEXT_SIZE, formatSize(sizes.fullText.bytes, lang))
      .replace(OFFLINE_PDFS_SIZE, formatSize(sizes.pdfs.bytes, lang))
      // An option with nothing in it is not offered.
      .replace(new RegExp(`<label[^>]*${OFFLINE_GROUP}="(\\w+)"[^>]*>[\\s\\S]*?</label>`, 'g'), (label, name: GroupName) => (sizes[name].files.length > 0 ? label : ''));
    fs.writeFileSync(home, html);
  }
  const version = versionOf(distDir);
  const languages = Object.fromEntries(options.languages.map((lang) => [lang, manifest(distDir, filesOf.get(lang)!)]));
  const perLanguage = Object.fromEntries(
    options.languages.map((lang) => [lang, { offlinePage: `/${lang}/offline/`, fromCopy: options.words[lang]?.fromCopy ?? '' }]),
  );
  await bundleScript(client('sw'), path.join(distDir, 'sw.js'), { __VERSION__: version, __MANIFEST__: languages, __LANGUAGES__: perLanguage });
  return { version, languages };
}
