// The PDFs made by the build: valid, tagged, with an outline, the right length, their text inside,
// a table of contents whose page numbers are right, references to other pages by their page number,
// their own title, author and subject, no placeholder address, and offered on the site with their real size.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatSize } from '../../src/i18n/format.ts';
import { engineWordsFromDisk, interfaceWords } from '../../src/i18n/words.ts';
import { builtArticles } from '../../src/print/articles.ts';
import { distDir } from '../helpers/built-site.ts';
import { contentDir } from '../../src/core/paths.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';

const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });
/** pdfinfo's fields; a value may hold a colon of its own ("Checklist: get your phone unlocked"). */
const info = (file: string) => Object.fromEntries(run('pdfinfo', file).split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
const text = (file: string, page?: number) => run('pdftotext', '-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-').replace(/\s+/g, ' ');
/** The PDF catalog's /Lang: the language a screen reader reads it in. */
const pdfLanguage = (file: string) => {
  const root = /\/Root (\d+) 0 R/.exec(run('qpdf', '--show-object=trailer', file))![1]!;
  return /\/Lang \(([^)]*)\)/.exec(run('qpdf', `--show-object=${root}`, file))?.[1];
};
const outline = (file: string) => (JSON.parse(run('qpdf', '--json', '--json-key=outlines', file)) as { outlines: unknown[] }).outlines;

const languages = fs.readdirSync(path.join(distDir, 'print'));
const engine = engineWordsFromDisk();
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));

/** The words of a text, as letters and digits only: PDF text extraction keeps words, not punctuation or spaces. */
const words = (text: string) =>
  text
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);
/**
 * Whether a title is in a PDF's text: most of its words are. Not all: extraction drops some glyphs
 * of some scripts (Devanagari conjuncts), though the page shows them.
 */
function hasTitle(pdfText: string, title: string): boolean {
  const found = new Set(words(pdfText));
  const wanted = words(title);
  return wanted.filter((w) => found.has(w)).length >= Math.ceil(wanted.length * 0.6);
}

test('there are PDFs for every language of the site', () => {
  expect([...languages].sort()).toEqual(loadSiteConfig(contentDir).languages.map((l) => l.code).sort());
});

describe.each(languages)('%s', (lang) => {
  const dir = path.join(distDir, 'print', lang);
  const articles = builtArticles(distDir, lang);
  const handouts = articles.filter((a) => a.handout);

  test.each(handouts.map((a) => [a.handout!, a.title]))('handout %s.pdf: valid, tagged, with an outline, one or two pages, its text inside', (name, title) => {
    const file = path.join(dir, `${name}.pdf`);
    const details = info(file);
    expect(details.Tagged).toBe('yes');
    expect(Number(details.Pages)).toBeGreaterThanOrEqual(1);
    expect(Number(details.Pages)).toBeLessThanOrEqual(2);
    expect(outline(file).length).toBeGreaterThan(0);
    expect(hasTitle(text(file), title), title).toBe(true);
  });

  test('the booklet: valid, tagged, with an outline, every article in it', () => {
    const file = path.join(dir, 'booklet.pdf');
    const details = info(file);
    expect(details.Tagged).toBe('yes');
    expect(outline(file).length).toBeGreaterThanOrEqual(articles.length);
    const all = text(file);
    for (const { title } of articles) expect(hasTitle(all, title), title).toBe(true);
  });

  test('the booklet: its table of contents gives the page each article starts on, and pages are numbered', () => {
    const file = path.join(dir, 'booklet.pdf');
    const pages = Number(info(file).Pages);
    const contents = run('pdftotext', '-layout', '-f', '2', '-l', '4', file, '-');
    const numbers = [...contents.matchAll(/\s{2,}(\d+)\s*$/gm)].map((m) => Number(m[1]));
    expect(numbers.length).toBe(articles.length);
    articles.forEach(({ title }, i) => expect(hasTitle(text(file, numbers[i]), title), `${title} on page ${numbers[i]}`).toBe(true));
    const pageWord = (interfaceWords(engine, 'content', lang).print as Record<string, string>).page;
    expect(text(file, 5)).toContain(`5 / ${pages}`);
    // The footer's word for "page" where extraction keeps every letter (it drops some Devanagari ones).
    if (/^\p{Script=Latin}+$/u.test(pageWord!)) expect(text(file, 5)).toContain(`${pageWord} 5 / ${pages}`);
  });

  test('each PDF has its own title in its language, the publisher as author, its summary as subject, and its language', () => {
    const site = loadSiteConfig(contentDir);
    const words = site.languageSites[lang]!;
    const author = site.publisher?.name ?? site.languageSites[site.defaultLanguage]!.title;
    const booklet = info(path.join(dir, 'booklet.pdf'));
    expect([booklet.Title, booklet.Author, booklet.Subject]).toEqual([words.title, author, words.tagline]);
    expect(pdfLanguage(path.join(dir, 'booklet.pdf'))).toBe(lang);
    const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    for (const article of handouts) {
      const details = info(path.join(dir, `${article.handout}.pdf`));
      const summary = decode(/<meta name="description" content="([^"]*)"/.exec(fs.readFileSync(article.file, 'utf8'))![1]!);
      expect([details.Title, details.Author, details.Subject]).toEqual([decode(article.title), author, summary]);
      expect(pdfLanguage(path.join(dir, `${article.handout}.pdf`))).toBe(lang);
    }
  });

  test("the guide's placeholder address is printed nowhere; the booklet's references give page numbers", () => {
    const placeholder = new URL(loadSiteConfig(contentDir).url).host;
    for (const pdf of fs.readdirSync(dir)) expect(text(path.join(dir, pdf)), pdf).not.toContain(placeholder);
    const file = path.join(dir, 'booklet.pdf');
    const starts = new Set([...run('pdftotext', '-layout', '-f', '2', '-l', '4', file, '-').matchAll(/\s{2,}(\d+)\s*$/gm)].map((m) => Number(m[1])));
    const seePage = (interfaceWords(engine, 'content', lang).print as Record<string, string>).seePage!;
    // Where extraction keeps every letter: "(see page 12)" after a link, 12 being where that article starts.
    if (!/^[\p{Script=Latin}\s{}]+$/u.test(seePage)) return;
    const [before, after] = seePage.split('{page}').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const references = [...text(file).matchAll(new RegExp(`\\(${before}(\\d+)${after}\\)`, 'g'))].map((m) => Number(m[1]));
    expect(references.length).toBeGreaterThan(5);
    for (const page of references) expect(starts.has(page), `see page ${page}`).toBe(true);
  });

  test('the site offers each PDF with its real size', () => {
    const home = fs.readFileSync(path.join(distDir, lang, 'index.html'), 'utf8');
    const booklet = path.join(dir, 'booklet.pdf');
    expect(home).toContain(`href="/print/${lang}/booklet.pdf"`);
    const print = interfaceWords(engine, 'content', lang).print as Record<string, string>;
    const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(decode(home)).toContain(fill(print.booklet!, { pages: info(booklet).Pages!, size: formatSize(fs.statSync(booklet).size, lang) }));
    for (const article of handouts) {
      const page = decode(fs.readFileSync(article.file, 'utf8'));
      expect(page).toContain(`href="/print/${lang}/${article.handout}.pdf"`);
      expect(page).toContain(fill(print.download!, { size: formatSize(fs.statSync(path.join(dir, `${article.handout}.pdf`)).size, lang) }));
    }
  });
});
