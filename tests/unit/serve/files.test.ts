import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test } from 'vitest';
import { headersFile, headersFor, inlineHashes, parseHeadersFile } from '../../../src/serve/files.ts';
import { brotli, brotliAhead } from '../../../src/core/compress.ts';

test('a _headers file reads back into rules that match paths', () => {
  const rules = parseHeadersFile(headersFile({ 'Referrer-Policy': 'no-referrer' }));
  expect(headersFor('/en/', rules)).toEqual({ 'Referrer-Policy': 'no-referrer' });
  expect(headersFor('/pagefind/index/en_1.pf_index', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(headersFor('/pagefind/pagefind.en_2.pf_meta', rules)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(headersFor('/pagefind/pagefind.js', rules)['Cache-Control']).toBeUndefined();
  expect(headersFor('/sw.js', rules)['Cache-Control']).toBe('no-cache');
});

test('the security policy allows inline scripts by hash, and leaves out JSON-LD data blocks, which never run', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-hashes-'));
  const page = (n: number) => `<html><head><script type="application/ld+json">{"headline":"Page ${n}"}</script></head><body><script type="module">go()</script></body></html>`;
  for (const n of [1, 2, 3]) fs.writeFileSync(path.join(dir, `${n}.html`), page(n));
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  expect(inlineHashes(dir).scripts).toEqual([sha('go()')]);
  fs.rmSync(dir, { recursive: true });
});

test('brotli compresses each body once: measured ahead on every core, then looked up', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-brotli-'));
  const file = path.join(dir, 'page.html');
  fs.writeFileSync(file, '<p>hello</p>'.repeat(500));
  await brotliAhead([file]);
  const body = fs.readFileSync(file);
  const first = brotli(body);
  expect(zlib.brotliDecompressSync(first).equals(body)).toBe(true);
  expect(brotli(Buffer.from(body))).toBe(first); // the same bytes: the same result, not compressed again
});
