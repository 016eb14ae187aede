import { expect, test } from 'vitest';
import { headersFile, headersFor, parseHeadersFile } from '../../src/lib/serve-files.ts';

test('a _headers file reads back into rules that match paths', () => {
  const rules = parseHeadersFile(headersFile({ 'Referrer-Policy': 'no-referrer' }));
  expect(headersFor('/en/', rules)).toEqual({ 'Referrer-Policy': 'no-referrer' });
  expect(headersFor('/pagefind/index/en_1.pf_index', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(headersFor('/pagefind/pagefind.en_2.pf_meta', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(headersFor('/pagefind/pagefind.js', rules)['Cache-Control']).toBeUndefined();
  expect(headersFor('/sw.js', rules)['Cache-Control']).toBe('no-cache');
});
