import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { makeBundle, pageForDisk, relativeLink } from '../../../src/bundle/build.ts';

test('links become relative and name index.html', () => {
  expect(relativeLink('en/a/b/index.html', '/en/c/')).toBe('../../c/index.html');
  expect(relativeLink('en/a/b/index.html', '/en/c/#step-2')).toBe('../../c/index.html#step-2');
  expect(relativeLink('index.html', '/en/')).toBe('en/index.html');
  expect(relativeLink('en/index.html', '/')).toBe('../index.html');
  expect(relativeLink('en/index.html', '/search/ui.js')).toBe('../search/ui.js');
});

test('a page for disk loses its service worker and install manifest, keeps other scripts, links inside or to the live site', () => {
  const html =
    '<link rel="manifest" href="../en/manifest.webmanifest"><script type="module">load("search/ui.js")</script><a href="/en/x/">x</a><a href="/fr/">fr</a>' +
    '<form action="/en/a-z/"></form><a href="https://example.org/">out</a><script type="module" data-offline-loader>if ("serviceWorker" in navigator) {}</script>';
  const held = new Set(['en/x/index.html', 'en/a-z/index.html']);
  expect(pageForDisk(html, 'en/index.html', held, 'https://guide.example/')).toBe(
    '<script type="module">load("search/ui.js")</script><a href="x/index.html">x</a><a href="https://guide.example/fr/">fr</a>' +
      '<form action="a-z/index.html"></form><a href="https://example.org/">out</a>',
  );
});

test('with a placeholder address, a link to a page the bundle lacks keeps its words, and README.txt names no address', () => {
  const held = new Set(['en/x/index.html']);
  expect(pageForDisk('<a href="/en/x/">x</a><a href="/fr/">fr</a>', 'en/index.html', held, undefined)).toBe('<a href="x/index.html">x</a><a>fr</a>');
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-bundle-dist-'));
  fs.mkdirSync(path.join(dist, 'en'));
  fs.writeFileSync(path.join(dist, 'en', 'index.html'), '<p>home</p>');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-bundle-out-'));
  makeBundle(dist, out, 'site-en', { languages: ['en'], siteUrl: undefined, version: 'v', updated: '2026-01-01', readme: 'Copy\nThe live guide: {url}\nVersion: {version}\n' });
  expect(fs.readFileSync(path.join(out, 'site-en', 'README.txt'), 'utf8')).toBe('Copy\r\nVersion: v\r\n');
});

test("a long guide's bundle searches the full instant index, not the smaller one the site serves", () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-bundle-dist-'));
  fs.mkdirSync(path.join(dist, 'search'));
  fs.mkdirSync(path.join(dist, 'en'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<a href="/en/">en</a>');
  fs.writeFileSync(path.join(dist, 'en', 'index.html'), '<p>home</p>');
  fs.writeFileSync(path.join(dist, 'search', 'instant.en.js'), 'titles');
  fs.writeFileSync(path.join(dist, 'search', 'instant.en.full.js'), 'everything');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-bundle-out-'));
  makeBundle(dist, out, 'site-en', { languages: ['en'], siteUrl: 'https://guide.example/', version: 'v', updated: '2026-01-01', readme: 'r' });
  expect(fs.readFileSync(path.join(out, 'site-en', 'search', 'instant.en.js'), 'utf8')).toBe('everything');
  expect(fs.existsSync(path.join(out, 'site-en', 'search', 'instant.en.full.js'))).toBe(false);
});
