// Headings as the check reads them: the text a reader sees (and the build slugs into an id), and the level.
import { expect, test } from 'vitest';
import { headingsIn, headingText } from '../../../src/check/headings.ts';
import { readMdx } from '../../../src/check/mdx-source.ts';

test.each([
  ['![a tray](tray.png) Trays', 'Trays'],
  ['[Pay](/en/pay/) safely', 'Pay safely'],
  ['[Pay][ref] safely', 'Pay safely'],
  ['<em>Pay</em> safely', 'Pay safely'],
  ['Dial `*334#`', 'Dial *334#'],
  ['**Pay** ~~now~~', 'Pay now'],
  ['_Pay_ the snake_case way', 'Pay the snake_case way'],
  ['Pay \\*now\\*', 'Pay *now*'],
  ['Tom &amp; Jerry', 'Tom & Jerry'],
])('%s reads as %s', (markdown, text) => {
  expect(headingText(markdown)).toBe(text);
});

test('levels and texts: closing hashes dropped, underlined headings read as level 1 and 2', () => {
  const source = readMdx('---\ntitle: T\n---\n## Pay ##\n\nFirst\n=====\n\nSecond\n------\n\n### Then\n');
  expect(headingsIn(source).map((h) => [h.line, h.depth, h.text])).toEqual([
    [4, 2, 'Pay'],
    [6, 1, 'First'],
    [9, 2, 'Second'],
    [12, 3, 'Then'],
  ]);
});
