import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serve } from '../../../src/serve/static-server.ts';

let server: Awaited<ReturnType<typeof serve>>;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-serve-'));

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'en'));
  fs.writeFileSync(path.join(root, 'en', 'index.html'), '<h1>English</h1>'.repeat(50));
  fs.writeFileSync(path.join(root, '404.html'), 'missing');
  fs.writeFileSync(path.join(os.tmpdir(), 'lockguide-secret.txt'), 'secret');
  server = await serve(root);
});
afterAll(() => server.close());

test('serves a folder index gzipped when the browser accepts it', async () => {
  const response = await fetch(`${server.url}/en/`, { headers: { 'accept-encoding': 'gzip' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('content-encoding')).toBe('gzip');
  expect(Number(response.headers.get('content-length'))).toBeLessThan(800); // 800 bytes of HTML, compressed
  expect(await response.text()).toContain('<h1>English</h1>');
});

test('prefers brotli when the browser accepts it', async () => {
  const response = await fetch(`${server.url}/en/`, { headers: { 'accept-encoding': 'gzip, br' } });
  expect(response.headers.get('content-encoding')).toBe('br');
  expect(await response.text()).toContain('<h1>English</h1>');
});

test('redirects a folder without its slash', async () => {
  const response = await fetch(`${server.url}/en`, { redirect: 'manual' });
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe('/en/');
});

test('answers a missing page with the 404 page and status', async () => {
  const response = await fetch(`${server.url}/nowhere/`);
  expect(response.status).toBe(404);
  expect(await response.text()).toBe('missing');
});

test('never serves a file outside its folder', async () => {
  const response = await fetch(`${server.url}/..%2flockguide-secret.txt`);
  expect(response.status).toBe(404);
});
