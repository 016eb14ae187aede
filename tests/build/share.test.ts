// The built site's tags and files for search engines, share previews and installing, in every
// language: whatever the site's address, each page describes itself and links its language's
// manifest; addresses, the sitemap and preview images only when the address is real.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentDir } from '../../src/core/paths.ts';
import { isPlaceholderUrl } from '../../src/core/placeholder-url.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { builtPages, distDir } from '../helpers/built-site.ts';

const site = loadSiteConfig(contentDir);
const placeholder = isPlaceholderUrl(site.url);
const pages = builtPages();
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html.slice(0, html.indexOf('</head>')))?.[1];
const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)![1]!;

test.each(site.languages.map((l) => l.code))('%s: a manifest in the language\'s words that starts at its home page, standalone, with icons of 192 and 512 px and a maskable one', (lang) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, lang, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose: string }[] };
  expect(manifest).toMatchObject({ name: site.languageSites[lang]!.title, lang, start_url: './', scope: './', display: 'standalone' });
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of manifest.icons) {
    const png = fs.readFileSync(path.join(distDir, lang, icon.src));
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
  }
});

describe.each(pages)('$path', ({ path: at, html }) => {
  test('describes itself for share previews and links its language\'s manifest', () => {
    const lang = langOf(html);
    expect(meta(html, 'og:title')).toBeTruthy();
    expect(meta(html, 'og:description')).toBe(/<meta name="description" content="([^"]*)"/.exec(html)![1]);
    expect(meta(html, 'og:site_name')).toBe(site.languageSites[lang]!.title);
    expect(meta(html, 'og:locale')).toBe(lang.replace('-', '_'));
    expect(html).toMatch(new RegExp(`<link rel="manifest" href="(\\./|(\\.\\./)+|/)${lang}/manifest\\.webmanifest">`));
    if (placeholder) {
      expect(html, 'no address of a placeholder site').not.toMatch(/rel="canonical"|property="og:url"|property="og:image"|"BreadcrumbList"/);
    } else if (at !== '/404.html' && !at.endsWith('/offline/')) {
      expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(new URL(at, site.url).href);
    }
  });
});

test('robots.txt lets crawlers in; the sitemap is there only for a real address', () => {
  const robots = fs.readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
  expect(fs.existsSync(path.join(distDir, 'sitemap.xml'))).toBe(!placeholder);
  expect(robots.includes('Sitemap:')).toBe(!placeholder);
});
