// The downloads the build makes for every language: the one-file guide, the e-book and the Kiwix file,
// each offered with its real size on the language's "Get this guide" page, linked from its home page
// and every page's foot. The one-file guide's links stay inside it; each e-book passes epubcheck; the
// Kiwix file passes zimcheck, carries Kiwix's metadata, and holds pages with no script and only
// relative links.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentDir } from '../../src/core/paths.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { formatSize } from '../../src/i18n/format.ts';
import { engineWordsFromDisk, interfaceWords } from '../../src/i18n/words.ts';
import { distDir } from '../helpers/built-site.ts';
import { epubcheck, type EpubcheckResult } from '../helpers/epubcheck.ts';

const site = loadSiteConfig(contentDir);
const languages = site.languages.map((l) => l.code);
const engine = engineWordsFromDisk();
const downloadWords = (lang: string) => interfaceWords(engine, 'content', lang).downloads as Record<string, string>;
const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');
const read = (file: string) => fs.readFileSync(path.join(distDir, file), 'utf8');

/** The language's Kiwix file: named <id>_<lang>_all_<YYYY-MM>.zim, the month of the build. */
const zimOf = (lang: string) => {
  const found = fs.readdirSync(path.join(distDir, 'download')).filter((f) => new RegExp(`^${site.id}_${lang}_all_\\d{4}-\\d{2}\\.zim$`).test(f));
  expect(found, `${lang}'s Kiwix file`).toHaveLength(1);
  return path.join(distDir, 'download', found[0]!);
};
const files = (lang: string) => ({ html: `download/${site.id}-${lang}.html`, epub: `download/${site.id}-${lang}.epub`, zim: path.relative(distDir, zimOf(lang)) });

test.each(languages)('%s: the "Get this guide" page offers the one file, the e-book and the Kiwix file with their real sizes; the home page and every foot link to it', (lang) => {
  const page = decode(read(`${lang}/download/index.html`));
  const words = downloadWords(lang);
  for (const [kind, file] of Object.entries(files(lang))) {
    expect(page).toContain(`href="/${file}" download`);
    expect(page).toContain(words[kind]!.replace('{size}', formatSize(fs.statSync(path.join(distDir, file)).size, lang)));
  }
  expect(page).not.toMatch(/__DOWNLOAD_/);
  for (const file of [`${lang}/index.html`, `${lang}/start/index.html`]) expect(read(file)).toContain(`href="/${lang}/download/"`);
});

test('the English one-file guide is at most 600 kB on disk', () => {
  expect(fs.statSync(path.join(distDir, files('en').html)).size).toBeLessThanOrEqual(600_000);
});

test.each(languages)('%s: every link of the one-file guide finds its part of the file or leaves it for a real address; it loads nothing', (lang) => {
  const html = read(files(lang).html);
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const links = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decode(m[1]!));
  expect(links.length).toBeGreaterThan(300);
  for (const link of links) {
    if (link.startsWith('#')) expect(ids.has(link.slice(1)), link).toBe(true);
    else expect(link, link).toMatch(/^(https:\/\/|mailto:|tel:|sms:)/);
  }
  expect(html).not.toMatch(/\ssrc="(?!data:)/); // no picture, script or frame from anywhere else
  expect(html).not.toMatch(/<link\b/);
  expect(html).not.toContain(new URL(site.url).host); // the guide's address is a placeholder
});

describe('the e-books', () => {
  const checks: Record<string, EpubcheckResult> = {};
  beforeAll(async () => {
    for (const lang of languages) checks[lang] = await epubcheck(fs.readFileSync(path.join(distDir, files(lang).epub)), `${lang}.epub`);
  }, 600_000);
  test.each(languages)('%s: epubcheck finds no error and no warning', (lang) => {
    expect(checks[lang]!.problems).toEqual([]);
    expect(checks[lang]!.clean, checks[lang]!.output).toBe(true);
  });
});

describe.each(languages)('%s: the Kiwix file', (lang) => {
  let dump: string;
  beforeAll(() => {
    dump = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-zim-dump-'));
    execFileSync('zimdump', ['dump', `--dir=${dump}`, zimOf(lang)], { stdio: 'ignore' });
  });
  afterAll(() => fs.rmSync(dump, { recursive: true, force: true }));

  test('passes zimcheck -A', () => {
    const check = spawnSync('zimcheck', ['-A', zimOf(lang)], { encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  test("carries Kiwix's metadata (as a Kiwix library reads it): name, title, description, language as ISO 639-3, creator, publisher, date, a 48×48 illustration", () => {
    const library = path.join(dump, 'library.xml');
    execFileSync('kiwix-manage', [library, 'add', zimOf(lang)], { stdio: 'ignore' });
    const book = Object.fromEntries([...fs.readFileSync(library, 'utf8').matchAll(/\s(\w+)="([^"]*)"/g)].map((m) => [m[1], decode(m[2]!)]));
    const words = site.languageSites[lang]!;
    const publisher = site.publisher?.name ?? site.languageSites[site.defaultLanguage]!.title;
    expect(book).toMatchObject({ name: `${site.id}_${lang}_all`, title: words.title, description: words.tagline, creator: publisher, publisher, faviconMimeType: 'image/png' });
    expect(book.language).toBe({ en: 'eng', sw: 'swa', fr: 'fra', es: 'spa', 'pt-BR': 'por', hi: 'hin', id: 'ind', fil: 'fil' }[lang]);
    expect(book.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(book.tags).toContain('_ftindex:yes'); // Kiwix searches it with its own full-text index
    const png = Buffer.from(book.favicon!, 'base64');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
  });

  test('holds every page of the language without scripts, service worker, compressed copies or links from the root', () => {
    const entries = fs.readdirSync(dump, { recursive: true }).map(String);
    const pages = entries.filter((e) => e.endsWith('.html'));
    expect(pages.length).toBe(fs.readdirSync(path.join(distDir, lang), { recursive: true }).map(String).filter((f) => f.endsWith('index.html')).length - 2); // less the offline and "Get this guide" pages
    expect(entries.filter((e) => /\.(br|gz)$|sw\.js$/.test(e))).toEqual([]);
    for (const page of pages) {
      const html = fs.readFileSync(path.join(dump, page), 'utf8');
      expect(html, page).not.toMatch(/<script\b/);
      expect(html, page).not.toMatch(/\s(href|src|action)="\/(?!\/)/);
    }
  });
});
