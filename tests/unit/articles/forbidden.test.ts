import { expect, test } from 'vitest';
import { findForbidden } from '../../../src/articles/forbidden.ts';

const rules = [
  { pattern: '\\bweedkillers?\\b', reason: 'organic only' },
  { pattern: 'spray\\s+\\w+', reason: 'no spraying' },
];

test('names the line, the text and the reason of every match, case-insensitively', () => {
  expect(findForbidden('Soil.\nNo Weedkiller here.\n\nThen spray water and weedkillers.', rules)).toEqual([
    { line: 2, text: 'Weedkiller', reason: 'organic only' },
    { line: 4, text: 'weedkillers', reason: 'organic only' },
    { line: 4, text: 'spray water', reason: 'no spraying' },
  ]);
});

test('finds nothing in clean text', () => {
  expect(findForbidden('Use compost.', rules)).toEqual([]);
});

test('matches are listed by line, whichever rule found them', () => {
  const rules = [
    { pattern: 'water', reason: 'w' },
    { pattern: 'soil', reason: 's' },
  ];
  expect(findForbidden('soil\nsoil\nwater', rules).map((m) => [m.line, m.text])).toEqual([
    [1, 'soil'],
    [2, 'soil'],
    [3, 'water'],
  ]);
});
