// The names the pages and the print step share: placeholders the print step fills in, and the offers it takes out.
import { expect, test } from 'vitest';
import { BOOKLET_PAGES, BOOKLET_SIZE, PDF_OFFER, PDF_SIZE, pdfOffers } from '../../../src/print/contract.ts';

test('the placeholders are distinct and cannot be mistaken for words', () => {
  const names = [PDF_SIZE, BOOKLET_PAGES, BOOKLET_SIZE];
  expect(new Set(names).size).toBe(3);
  for (const name of names) expect(name).toMatch(/^__[A-Z_]+__$/);
});

test('pdfOffers finds the offers of one kind, or of any', () => {
  const page = `<p>Intro</p><p class="download" ${PDF_OFFER}="handout"><a href="/print/en/x.pdf">PDF</a></p><p class="download" ${PDF_OFFER}="booklet"><a>Booklet</a></p><p>End</p>`;
  expect(page.replace(pdfOffers('handout'), '')).toBe(`<p>Intro</p><p class="download" ${PDF_OFFER}="booklet"><a>Booklet</a></p><p>End</p>`);
  expect(page.replace(pdfOffers('booklet'), '')).not.toContain('Booklet');
  expect(page.replace(pdfOffers(), '')).toBe('<p>Intro</p><p>End</p>');
});
