import { expect, test } from 'vitest';
import { countText, gradeLevel, readingUnits } from '../../../src/articles/readability.ts';

test('reads paragraphs, list items and cells, not headings', () => {
  const html = '<h2 id="a">A very long heading here</h2><p>Pay the <a href="/x/">lender</a>.</p><ul><li>Keep it</li><li>Wait &amp; see</li></ul><table><tr><td>Cell</td></tr></table>';
  expect(readingUnits(html)).toEqual(['Pay the lender .', 'Keep it', 'Wait & see', 'Cell']);
});

test('a nested list splits its parent item', () => {
  expect(readingUnits('<ul><li>Before<ul><li>Inner</li></ul></li></ul>')).toEqual(['Before', 'Inner']);
});

test('counts each unit as at least one sentence, and splits on full stops', () => {
  expect(countText(['Keep the receipt. Then wait.', 'Call the lender'])).toEqual({ sentence: 3, word: 8, syllable: 10 });
});

test('short plain sentences score low; long Latinate ones score high', () => {
  expect(gradeLevel(['Pay the lender. Keep the receipt. Wait one day.'])).toBeLessThan(3);
  expect(
    gradeLevel(['Notwithstanding contractual obligations, administrative remediation necessitates comprehensive documentation substantiating remittance.']),
  ).toBeGreaterThan(14);
});
