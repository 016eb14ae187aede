// The review document: a status row per page, and each page to check with its source beside it.
import { expect, test } from 'vitest';
import { reviewHtml, type ReviewSheet } from '../../../src/review/sheet.ts';

const sheet: ReviewSheet = {
  siteTitle: 'Lockguide',
  language: { code: 'sw', name: 'Kiswahili' },
  source: { code: 'en', name: 'English' },
  printed: '2026-12-07',
  rows: [
    { title: 'Hatua', path: '/sw/a/steps/', status: 'machine-assisted', follows: '2026-11-25', sourceUpdated: '2026-12-07' },
    { title: 'Kamusi', path: '/sw/a/words/', status: 'reviewed', follows: '2026-12-07', sourceUpdated: '2026-12-07', by: 'Amina', on: '2026-12-08' },
    { title: 'FAQ', path: '/sw/a/faq/', status: 'not translated', sourceUpdated: '2026-12-07' },
  ],
  pages: [{ title: 'Hatua', path: '/sw/a/steps/', follows: '2026-11-25', source: ['<p>Pay.</p>', '<p>Wait.</p>', '<p>Call.</p>'], translation: ['<p>Lipa.</p>', '<p>Subiri.</p>'] }],
};
const html = reviewHtml(sheet);
const rows = (table: string) => [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]));

test('the status table has every page, says which are stale, and who reviewed which', () => {
  const status = rows(/<table class="status">[\s\S]*?<\/table>/.exec(html)![0]);
  expect(status).toHaveLength(4);
  expect(status[1]![1]).toBe('machine-assisted: to check (the English changed on 2026-12-07)');
  expect(status[2]!.slice(1)).toEqual(['reviewed', '2026-12-07', 'Amina', '2026-12-08']);
  expect(status[3]![1]).toBe('not translated: the English page is shown');
  expect(html).toContain('3 pages: 1 to check, 1 reviewed.');
});

test('a page to check pairs each source block with the translation block in the same place, and leaves room for corrections', () => {
  const pairs = rows(/<table class="pairs">[\s\S]*?<\/table>/.exec(html)![0]);
  expect(pairs).toEqual([
    ['English', 'Kiswahili', 'Corrections'],
    ['<p>Pay.</p>', '<p>Lipa.</p>', ''],
    ['<p>Wait.</p>', '<p>Subiri.</p>', ''],
    ['<p>Call.</p>', '', ''], // a missing block shows as a gap beside its source
  ]);
  expect(html).toContain('<td lang="sw"><p>Lipa.</p></td>');
  expect(html).toMatch(/Checked by \(name\):[\s\S]*Date:/);
});

test('a right-to-left language is set right to left in its column', () => {
  const rtl = reviewHtml({ ...sheet, language: { code: 'ar', name: 'العربية', dir: 'rtl' } });
  expect(rtl).toContain('<td lang="ar" dir="rtl"><p>Lipa.</p></td>');
});
