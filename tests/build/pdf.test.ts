// The PDFs made by the build: valid, tagged, with an outline, the right length, their text inside,
// a table of contents whose page numbers are right, and offered on the site with their real size.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatSize } from '../../src/lib/format-size.ts';
import { readingOrder } from '../../src/lib/pdf-build.ts';
import { distDir } from '../helpers/built-site.ts';

const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });
const info = (file: string) => Object.fromEntries(run('pdfinfo', file).split('\n').map((line) => line.split(/:\s+/, 2) as [string, string]));
const text = (file: string, page?: number) => run('pdftotext', '-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-').replace(/\s+/g, ' ');
const outline = (file: string) => (JSON.parse(run('qpdf', '--json', '--json-key=outlines', file)) as { outlines: unknown[] }).outlines;

const languages = fs.readdirSync(path.join(distDir, 'print'));

test('there are PDFs for every language', () => {
  expect(languages).toContain('en');
});

describe.each(languages)('%s', (lang) => {
  const dir = path.join(distDir, 'print', lang);
  const articles = readingOrder(distDir, lang);
  const handouts = articles.filter((a) => a.handout);

  test.each(handouts.map((a) => [a.handout!, a.title]))('handout %s.pdf: valid, tagged, with an outline, one or two pages, its text inside', (name, title) => {
    const file = path.join(dir, `${name}.pdf`);
    const details = info(file);
    expect(details.Tagged).toBe('yes');
    expect(Number(details.Pages)).toBeGreaterThanOrEqual(1);
    expect(Number(details.Pages)).toBeLessThanOrEqual(2);
    expect(outline(file).length).toBeGreaterThan(0);
    expect(text(file)).toContain(title.replace(/&#39;/g, "'").slice(0, 30));
  });

  test('the booklet: valid, tagged, with an outline, every article in it', () => {
    const file = path.join(dir, 'booklet.pdf');
    const details = info(file);
    expect(details.Tagged).toBe('yes');
    expect(outline(file).length).toBeGreaterThanOrEqual(articles.length);
    const all = text(file);
    for (const { title } of articles) expect(all).toContain(title.replace(/&#39;/g, "'").slice(0, 30));
  });

  test('the booklet: its table of contents gives the page each article starts on, and pages are numbered', () => {
    const file = path.join(dir, 'booklet.pdf');
    const pages = Number(info(file).Pages);
    const contents = run('pdftotext', '-layout', '-f', '2', '-l', '4', file, '-');
    const entries = [...contents.matchAll(/^\s*(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map((m) => [m[1]!, Number(m[2])] as const);
    expect(entries.length).toBe(articles.length);
    for (const [title, page] of entries) expect(text(file, page), `${title} on page ${page}`).toContain(title.slice(0, 30));
    expect(text(file, 5)).toContain(`Page 5 / ${pages}`);
  });

  test('the site offers each PDF with its real size', () => {
    const home = fs.readFileSync(path.join(distDir, lang, 'index.html'), 'utf8');
    const booklet = path.join(dir, 'booklet.pdf');
    expect(home).toContain(`href="/print/${lang}/booklet.pdf"`);
    expect(home).toContain(`${info(booklet).Pages} pages, ${formatSize(fs.statSync(booklet).size, lang)}`);
    for (const article of handouts) {
      const page = fs.readFileSync(article.file, 'utf8');
      expect(page).toContain(`href="/print/${lang}/${article.handout}.pdf"`);
      expect(page).toContain(`(PDF, ${formatSize(fs.statSync(path.join(dir, `${article.handout}.pdf`)).size, lang)})`);
    }
  });
});
