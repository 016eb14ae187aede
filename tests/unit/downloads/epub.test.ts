// The EPUB writer (src/downloads/epub.ts): books made from the built guide in dist/ (English, Hindi) and a
// small right-to-left one pass epubcheck without an error or a warning, and the zip, the reading order,
// the links, the sources and what is left out are what the issue asks for.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { EPUB_CSS, makeEpub, type EpubBook, type EpubChapter } from '../../../src/downloads/epub.ts';
import { builtArticles } from '../../../src/print/index.ts';
import { distDir } from '../../helpers/built-site.ts';
import { epubcheck, type EpubcheckResult } from '../../helpers/epubcheck.ts';

const WORDS = { contents: 'Contents', cover: 'Cover', version: 'Version {version}, {date}' };
/** A real-looking address, never requested: what a published site's url would be. */
const PUBLIC = 'https://garden-club.org/';

/** Text with the escapes HTML and XML write differently undone, to compare the two. */
const plain = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A book of the built guide in one language; section names are the section pages' headings. */
function guideBook(lang: string, siteUrl?: string): EpubBook {
  const chapters = builtArticles(distDir, lang);
  const sections: Record<string, { title: string }> = {};
  for (const { section } of chapters) {
    const html = fs.readFileSync(path.join(distDir, lang, section, 'index.html'), 'utf8');
    sections[section] ??= { title: plain(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)![1]!) };
  }
  return { id: 'lockguide', lang, dir: 'ltr', title: 'Lockguide', tagline: 'A guide', publisher: 'Lockguide', license: 'CC BY-SA 4.0', updated: '2026-12-07', version: '1', siteUrl, sections, words: WORDS, css: EPUB_CSS, chapters };
}

/** A 1×1 PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
const SOURCES = '<section class="sources" aria-labelledby="page-sources" data-pagefind-ignore><h2 id="page-sources">المصادر</h2><ol><li><a href="https://www.w3.org/">W3C</a></li></ol></section>';
const RTL_CHAPTERS: EpubChapter[] = [
  {
    path: '/ar/start/first/',
    section: 'start',
    title: 'البداية',
    html: `<article data-handout="first"><h1>البداية</h1><p class="download" data-pdf-offer="handout"><a href="/print/ar/first.pdf">PDF</a></p>
<p>اقرأ <a href="/ar/help/words/#lock">القفل</a> و<a href="/ar/help/words/#missing">الكلمة</a> و<a href="/ar/directory/">الدليل</a> و<a href="https://www.w3.org/">W3C</a> &amp; &#39;<a href="/ar/help/words/" data-print-url="garden.example/ar/help/words/">الكلمات</a>&#39;.</p>
<script>document.title = 'x'</script><form action="/ar/search/"><input name="q"><button>بحث</button></form>
<div class="print-only" aria-hidden="true"><p>garden.example/ar/start/first/</p></div>
<svg viewBox="0 0 10 10" role="img" aria-label="دائرة" data-x="1"><circle cx="5" cy="5" r="4" fill="green"/></svg>
<p><img src="/pictures/dot.png" alt="نقطة" loading="lazy"></p>${SOURCES}</article>`,
  },
  {
    path: '/ar/help/words/',
    section: 'help',
    title: 'الكلمات',
    html: `<article><h1>الكلمات</h1><h2 id="lock">القفل</h2><p><a href="../../start/first/">البداية</a> <a href="#lock">القفل</a></p>${SOURCES}</article>`,
  },
];
const rtlBook = (siteUrl?: string): EpubBook => ({
  id: 'garden',
  lang: 'ar',
  dir: 'rtl',
  title: 'الحديقة',
  tagline: 'دليل صغير',
  publisher: 'نادي الحديقة',
  updated: '2026-12-07',
  version: '2',
  siteUrl,
  sections: { start: { title: 'ابدأ' }, help: { title: 'مساعدة' } },
  words: { contents: 'المحتويات', cover: 'الغلاف', version: 'الإصدار {version}، {date}' },
  css: EPUB_CSS,
  chapters: RTL_CHAPTERS,
  picture: (sitePath) => (sitePath === '/pictures/dot.png' ? PNG : undefined),
});

/** Every file of a book, as text. */
const entries = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
const chapterFiles = (files: Record<string, string>) => Object.keys(files).filter((name) => /ch-\d{3}\.xhtml$/.test(name)).sort();

const books: Record<string, Uint8Array> = {};
beforeAll(() => {
  books.en = makeEpub(guideBook('en'));
  books.hi = makeEpub(guideBook('hi'));
  books.ar = makeEpub(rtlBook(PUBLIC));
  // The guide with a real address: its links outside the book lead there (the build's books, checked
  // in tests/build/downloads.test.ts, have a placeholder address).
  books.enPublic = makeEpub(guideBook('en', PUBLIC));
});

describe('epubcheck finds no error and no warning', () => {
  const checks: Record<string, EpubcheckResult> = {};
  // One run per book (each takes seconds): the English guide with a real address and a right-to-left book.
  beforeAll(async () => {
    for (const name of ['enPublic', 'ar']) checks[name] = await epubcheck(books[name]!, `${name}.epub`);
  }, 240_000);
  test.each(['enPublic', 'ar'])('%s', (name) => {
    expect(checks[name]!.problems).toEqual([]);
    expect(checks[name]!.clean, checks[name]!.output).toBe(true);
  });
});

test('the zip opens with the mimetype, stored, with no extra field, so readers know it for an EPUB', () => {
  const bytes = books.en!;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(strFromU8(bytes.subarray(0, 4))).toBe('PK\u0003\u0004');
  expect(view.getUint16(8, true)).toBe(0); // compression method: stored
  expect(view.getUint16(26, true)).toBe(8); // name length
  expect(view.getUint16(28, true)).toBe(0); // extra field length
  expect(strFromU8(bytes.subarray(30, 58))).toBe('mimetypeapplication/epub+zip');
});

test('the same book gives the same bytes: fixed file times and an identifier made from the site and language', () => {
  expect(makeEpub(guideBook('en'))).toEqual(books.en);
  const view = new DataView(books.en!.buffer, books.en!.byteOffset);
  expect(view.getUint16(12, true)).toBe((0 << 9) | (1 << 5) | 1); // DOS date of the first entry: 1980-01-01
  const identifier = (bytes: Uint8Array) => /<dc:identifier id="book-id">(urn:uuid:[0-9a-f-]{36})</.exec(entries(bytes)['OEBPS/content.opf']!)?.[1];
  expect(identifier(books.en!)).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(identifier(books.hi!)).not.toBe(identifier(books.en!));
});

test('the cover gives the title, tagline, version and date, publisher and licence; its picture is the cover image', () => {
  const files = entries(books.en!);
  expect(files['OEBPS/cover.xhtml']).toContain('<h1>Lockguide</h1><p class="tagline">A guide</p><p>Version 1, December 7, 2026</p><p>Lockguide</p><p>CC BY-SA 4.0</p></section>');
  expect(files['OEBPS/content.opf']).toContain('<item id="cover-image" href="cover.svg" media-type="image/svg+xml" properties="cover-image"/>');
  expect(files['OEBPS/cover.svg']).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<text[^>]*>Lockguide<\/text>/);
  expect(files['OEBPS/content.opf']).toContain('<dc:rights>CC BY-SA 4.0</dc:rights>');
  expect(entries(books.ar!)['OEBPS/content.opf']).not.toContain('<dc:rights>');
});

test('the spine reads the chapters in the given order, and the contents list every one under its section', () => {
  const book = guideBook('en');
  const files = entries(books.en!);
  const opf = files['OEBPS/content.opf']!;
  const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => hrefs.get(m[1]!));
  expect(spine.slice(0, 2)).toEqual(['cover.xhtml', 'nav.xhtml']);
  const titles = spine.slice(2).map((file) => plain(/<title>([\s\S]*?)<\/title>/.exec(files[`OEBPS/${file}`]!)![1]!));
  expect(titles).toEqual(book.chapters.map((chapter) => plain(chapter.title)));
  expect(titles.length).toBeGreaterThan(40);
  const toc = /<nav epub:type="toc"[\s\S]*?<\/nav>/.exec(files['OEBPS/nav.xhtml']!)![0];
  expect([...toc.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(spine.slice(2));
  expect([...toc.matchAll(/<span>([^<]+)<\/span>/g)].map((m) => plain(m[1]!))).toEqual(Object.values(book.sections).map((section) => section.title));
});

test('every file is in the language and direction of the book', () => {
  const files = entries(books.ar!);
  const pages = Object.keys(files).filter((name) => name.endsWith('.xhtml'));
  expect(pages.length).toBe(4);
  for (const name of pages) expect(files[name], name).toContain('lang="ar" xml:lang="ar" dir="rtl"');
  expect(files['OEBPS/content.opf']).toContain('<spine page-progression-direction="rtl">');
  expect(files['OEBPS/content.opf']).toContain('<dc:language>ar</dc:language>');
  for (const name of chapterFiles(entries(books.hi!))) expect(entries(books.hi!)[name], name).toContain('lang="hi" xml:lang="hi" dir="ltr"');
});

describe('links', () => {
  test('a link to a chapter goes to its file, and to its heading only when the heading is there', () => {
    const chapter = entries(makeEpub(rtlBook()))['OEBPS/ch-001.xhtml']!;
    expect(chapter).toContain('<a href="ch-002.xhtml#lock">القفل</a>');
    expect(chapter).toContain('<a href="ch-002.xhtml">الكلمة</a>');
    expect(chapter).toContain('<a href="ch-002.xhtml">الكلمات</a>');
    expect(chapter).toContain('<a href="https://www.w3.org/">W3C</a>');
    const second = entries(makeEpub(rtlBook()))['OEBPS/ch-002.xhtml']!;
    expect(second).toContain('<a href="ch-001.xhtml">البداية</a>');
    expect(second).toContain('<a href="ch-002.xhtml#lock">القفل</a>');
  });

  test('a link to a page outside the book goes to the public address when there is one', () => {
    expect(entries(books.ar!)['OEBPS/ch-001.xhtml']).toContain('<a href="https://garden-club.org/ar/directory/">الدليل</a>');
    const en = Object.values(entries(makeEpub(guideBook('en', PUBLIC)))).join('\n');
    expect(en).toContain('href="https://garden-club.org/en/directory/"');
    expect(en).toMatch(/href="ch-\d{3}\.xhtml#[^"]+"/);
  });

  test('without a public address, such a link is plain text and the placeholder address appears nowhere', () => {
    const ar = entries(makeEpub(rtlBook()));
    expect(ar['OEBPS/ch-001.xhtml']).toContain('والدليل و<a href="https://www.w3.org/">W3C</a>');
    for (const [name, text] of Object.entries(ar)) expect(text, name).not.toMatch(/garden\.example|garden-club|directory/);
    const en = entries(books.en!);
    for (const [name, text] of Object.entries(en)) {
      expect(text, name).not.toContain('lockguide.example');
      expect(text, name).not.toMatch(/href="\//);
    }
    const hrefs = Object.values(en).flatMap((text) => [...text.matchAll(/ href="([^"]+)"/g)].map((m) => m[1]!));
    expect(hrefs.filter((href) => !/^(ch-\d{3}\.xhtml(#.+)?|nav\.xhtml(#toc)?|cover\.(xhtml|svg)|style\.css|https?:\/\/.+|mailto:.+|tel:.+)$/.test(href))).toEqual([]);
  });
});

test('every chapter keeps its sources list', () => {
  const book = guideBook('en');
  const files = entries(books.en!);
  const items = (html: string) => /<section class="sources"[\s\S]*?<\/section>/.exec(html)?.[0].match(/<li>/g)?.length ?? 0;
  const withSources = book.chapters.filter((chapter) => items(chapter.html) > 0);
  expect(withSources.length).toBeGreaterThan(40);
  book.chapters.forEach((chapter, index) => expect(items(files[`OEBPS/ch-${String(index + 1).padStart(3, '0')}.xhtml`]!), chapter.path).toBe(items(chapter.html)));
});

test('what a book cannot use is left out; an inline SVG and the pictures are kept', () => {
  const files = entries(books.ar!);
  const chapter = files['OEBPS/ch-001.xhtml']!;
  for (const gone of ['<script', '<form', '<input', '<button', 'data-', 'print-only', 'PDF', 'loading=']) expect(chapter).not.toContain(gone);
  expect(chapter).toContain('<svg viewBox="0 0 10 10" role="img" aria-label="دائرة" xmlns="http://www.w3.org/2000/svg"><circle cx="5" cy="5" r="4" fill="green"></circle></svg>');
  expect(files['OEBPS/content.opf']).toContain('<item id="ch-001" href="ch-001.xhtml" media-type="application/xhtml+xml" properties="svg"/>');
  expect(files['OEBPS/content.opf']).toContain('<item id="ch-002" href="ch-002.xhtml" media-type="application/xhtml+xml"/>');
  expect(chapter).toContain('<img src="pictures/p-001.png" alt="نقطة"/>');
  expect(files['OEBPS/content.opf']).toContain('href="pictures/p-001.png" media-type="image/png"');
  expect(unzipSync(books.ar!)['OEBPS/pictures/p-001.png']).toEqual(PNG);
  expect(chapter).toContain(' &amp; \'');
});

test('bad input is named: a chapter outside the sections, a missing picture, no chapters, no title, a broken address', () => {
  expect(() => makeEpub({ ...rtlBook(), sections: { start: { title: 'ابدأ' } } })).toThrow('/ar/help/words/: its section "help" is not one of the book\'s sections (start)');
  expect(() => makeEpub({ ...rtlBook(), picture: undefined })).toThrow('/ar/start/first/: the picture /pictures/dot.png was not found');
  expect(() => makeEpub({ ...rtlBook(), chapters: [] })).toThrow('no chapters');
  expect(() => makeEpub({ ...rtlBook(), chapters: [{ ...RTL_CHAPTERS[0]!, title: ' ' }] })).toThrow('/ar/start/first/: the chapter has no title');
  const badLink = { ...RTL_CHAPTERS[1]!, html: '<article><h1>x</h1><a href="https://[nowhere">x</a></article>' };
  expect(() => makeEpub({ ...rtlBook(), chapters: [RTL_CHAPTERS[0]!, badLink] })).toThrow('/ar/help/words/: "https://[nowhere" is not an address');
});
