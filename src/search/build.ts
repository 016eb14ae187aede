// After the build: the search files. Per language, the instant tier (a classic script holding a
// small index) and Pagefind's full-text index, both taught the readers' words from synonyms.yaml;
// and the search interface script, loaded only when a reader focuses the search box.
import { decodeEntities } from '../core/html.ts';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { bundleScript } from '../core/bundle-script.ts';
import { INSTANT_INDEX_GZIP_MAX } from '../core/budgets.ts';
import * as pagefind from 'pagefind';
import type { InstantIndex, InstantPage } from './instant.ts';
import { readerWordsFor, synonymMap } from './synonyms.ts';
import type { Synonyms } from '../schemas/synonyms.ts';
import { pagePath } from '../core/hrefs.ts';

export interface SearchablePage {
  url: string;
  lang: string;
  title: string;
  summary: string;
  keywords: string;
  headings: string;
  html: string;
}

export interface SearchOptions {
  /** Synonym groups per language code. */
  synonyms: Record<string, Synonyms>;
  /** Interface words the search shows, per language code. */
  strings: Record<string, Record<string, string>>;
}

export interface SearchReport {
  pages: number;
  /**
   * Per language: the instant index file, its size in bytes, and what it holds (INSTANT_LEVELS); when
   * that is less than everything, `full` is the file with everything, for the folder bundle.
   */
  instant: Record<string, { file: string; bytes: number; holds: string; full?: string }>;
  pagefindFiles: number;
  metaCacheTag: string;
}

/** What a reader reads of some HTML: its text, without tags. */
const decode = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).trim();
const attr = (html: string, name: string) => decode(html.match(new RegExp(`<meta name="${name}" content="([^"]*)"`))?.[1] ?? '');

/** Pages whose main content is marked for search (data-pagefind-body), read from the built HTML. */
export function searchablePages(distDir: string): SearchablePage[] {
  return fs
    .readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ file, html: fs.readFileSync(file, 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'))
    .map(({ file, html }) => {
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<(\w+)[^>]*data-pagefind-ignore[\s\S]*?<\/\1>/g, '');
      return {
        url: pagePath(path.relative(distDir, file)),
        lang: html.match(/<html lang="([^"]+)"/)?.[1] ?? 'en',
        title: decode(main.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? ''),
        summary: attr(html, 'description'),
        keywords: attr(html, 'keywords'),
        headings: [...main.matchAll(/<h[23][^>]*>([\s\S]*?)<\/h[23]>/g)].map((m) => decode(m[1]!)).join(' · '),
        html,
      };
    });
}

/**
 * What the instant index holds, fullest first. A language whose full index is more than
 * INSTANT_INDEX_GZIP_MAX gzipped (a few hundred pages) gets the first that fits, or else the smallest:
 * without headings, then without summaries (results then show titles alone). Full-text search and
 * the folder bundle, which reads from disk, still have everything.
 */
export const INSTANT_LEVELS: { holds: string; keep: (page: InstantPage) => InstantPage }[] = [
  { holds: 'everything', keep: (page) => page },
  { holds: 'no headings', keep: ([url, title, summary, keywords, , id]) => [url, title, summary, keywords, '', id] },
  { holds: 'titles and keywords', keep: ([url, title, , keywords, , id]) => [url, title, '', keywords, '', id] },
];

function instantScript(lang: string, index: InstantIndex, strings: Record<string, string>): string {
  const data = JSON.stringify({ ...index, strings });
  return `(window.siteSearch=window.siteSearch||{})[${JSON.stringify(lang)}]=${data};\n`;
}

/**
 * Pagefind's copy of a page gets, weighted above its body text: the page's keywords, and the readers'
 * words for what the page is about (in its title, or less strongly in its keywords). The weights were
 * tuned on content/en/search-queries.yaml. Only the index
 * sees these words; the page itself is unchanged.
 */
function withReaderWords(page: SearchablePage, groups: Synonyms): string {
  const block = (weight: number, words: string[]) => (words.length ? `<div data-pagefind-weight="${weight}">${words.join(' ')}</div>` : '');
  const extra = [
    block(3, readerWordsFor(page.title, groups)),
    block(3, [page.keywords]),
    block(2, readerWordsFor(page.keywords, groups)),
  ].join('');
  return page.html.replace('</main>', `${extra}</main>`);
}

/**
 * The tag Pagefind's entry file is fetched with (?ts=…). The entry file names every language's index
 * by hash: a new index means a new tag, so a cached entry is never used with another build's index.
 */
export function pagefindCacheTag(distDir: string): string {
  return createHash('sha256').update(fs.readFileSync(path.join(distDir, 'pagefind', 'pagefind-entry.json'))).digest('hex').slice(0, 12);
}

/** Per language, the files Pagefind fetches before any query: its entry (with the cache tag), metadata and WebAssembly. */
function firstFiles(entry: Buffer, metaCacheTag: string): Record<string, string[]> {
  const { languages } = JSON.parse(entry.toString('utf8')) as { languages: Record<string, { hash: string; wasm: string | null }> };
  return Object.fromEntries(
    Object.entries(languages).map(([lang, { hash, wasm }]) => [
      lang,
      [`pagefind-entry.json?ts=${metaCacheTag}`, `pagefind.${hash}.pf_meta`, ...(wasm ? [`wasm.${wasm}.pagefind`] : [])],
    ]),
  );
}

/** Page address → Pagefind's id for it: the name of the page's fragment file (gzipped JSON). */
function pagefindIds(pagefindDir: string): Map<string, string> {
  const dir = path.join(pagefindDir, 'fragment');
  const ids = new Map<string, string>();
  for (const name of fs.readdirSync(dir)) {
    const text = gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

const clientEntry = fileURLToPath(new URL('./client.ts', import.meta.url));

export async function buildSearch(distDir: string, options: SearchOptions): Promise<SearchReport> {
  const pages = searchablePages(distDir);
  const searchDir = path.join(distDir, 'search');
  fs.mkdirSync(searchDir, { recursive: true });

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: withReaderWords(page, options.synonyms[page.lang] ?? []) });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind also writes its own interfaces and a worker; this site uses neither (noWorker: true),
  // and every file left here is a file an offline copy must carry.
  const pagefindDir = path.join(distDir, 'pagefind');
  for (const name of fs.readdirSync(pagefindDir)) {
    if (/^pagefind-(.*ui|highlight|worker)\.(js|css)$/.test(name)) fs.rmSync(path.join(pagefindDir, name));
  }
  const pagefindFiles = fs.readdirSync(pagefindDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

  const entry = fs.readFileSync(path.join(distDir, 'pagefind', 'pagefind-entry.json'));
  const metaCacheTag = pagefindCacheTag(distDir);

  const fullTextIds = pagefindIds(pagefindDir);
  const instant: SearchReport['instant'] = {};
  for (const lang of [...new Set(pages.map((p) => p.lang))]) {
    const entries: InstantPage[] = pages
      .filter((p) => p.lang === lang)
      .map((p) => [p.url, p.title, p.summary, p.keywords, p.headings, fullTextIds.get(p.url) ?? '']);
    const scriptWith = (level: (typeof INSTANT_LEVELS)[number]) =>
      instantScript(lang, { pages: entries.map(level.keep), synonyms: synonymMap(options.synonyms[lang] ?? []) }, options.strings[lang] ?? {});
    const full = scriptWith(INSTANT_LEVELS[0]!);
    let level = INSTANT_LEVELS[0]!;
    let script = full;
    for (const next of INSTANT_LEVELS.slice(1)) {
      if (gzipSync(script, { level: 9 }).length <= INSTANT_INDEX_GZIP_MAX) break;
      level = next;
      script = scriptWith(next);
    }
    const file = `search/instant.${lang}.js`;
    fs.writeFileSync(path.join(distDir, file), script);
    instant[lang] = { file, bytes: Buffer.byteLength(script), holds: level.holds };
    if (script !== full) {
      instant[lang].full = `search/instant.${lang}.full.js`;
      fs.writeFileSync(path.join(distDir, instant[lang].full), full);
    }
  }

  await bundleScript(clientEntry, path.join(searchDir, 'ui.js'), { __PAGEFIND_CACHE_TAG__: metaCacheTag, __PAGEFIND_FIRST_FILES__: firstFiles(entry, metaCacheTag) });

  return { pages: pages.length, instant, pagefindFiles, metaCacheTag };
}
