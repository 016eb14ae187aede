// The sitemap and robots.txt as written from built pages: only pages that name a canonical address,
// each with every language it exists in (its own included) and its article's last update.
import { expect, test } from 'vitest';
import { robotsTxt, sitemapEntry, sitemapXml } from '../../../src/seo/sitemap.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en" dir="ltr"><head>${head}</head><body>${body}</body></html>`;

test('a page with a canonical address gives it, its language alternates and its last update', () => {
  const html = page(
    '<link rel="alternate" hreflang="ar" href="https://garden-club.org/ar/basics/soil/"><link rel="canonical" href="https://garden-club.org/en/basics/soil/?a=1&amp;b=2">' +
      '<script type="application/ld+json">{"@type":"Article","dateModified":"2026-01-10"}</script>',
  );
  expect(sitemapEntry(html)).toEqual({
    url: 'https://garden-club.org/en/basics/soil/?a=1&b=2',
    languages: [
      ['en', 'https://garden-club.org/en/basics/soil/?a=1&b=2'],
      ['ar', 'https://garden-club.org/ar/basics/soil/'],
    ],
    lastmod: '2026-01-10',
  });
});

test('a page without a canonical address (404, offline, placeholder site) is left out', () => {
  expect(sitemapEntry(page('<title>Not found</title>'))).toBeUndefined();
  // A canonical link in the body (an article quoting markup) is not the page's.
  expect(sitemapEntry(page('', '<link rel="canonical" href="https://garden-club.org/x/">'))).toBeUndefined();
});

test('a page in one language only lists no alternates', () => {
  expect(sitemapEntry(page('<link rel="canonical" href="https://garden-club.org/">'))).toEqual({ url: 'https://garden-club.org/', languages: [] });
});

test('the sitemap is the sitemaps.org schema with xhtml alternates, addresses escaped', () => {
  const xml = sitemapXml([
    { url: 'https://garden-club.org/en/?a=1&b=2', languages: [['en', 'https://garden-club.org/en/'], ['ar', 'https://garden-club.org/ar/']], lastmod: '2026-01-10' },
    { url: 'https://garden-club.org/', languages: [] },
  ]);
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/);
  expect(xml).toContain(
    '<url><loc>https://garden-club.org/en/?a=1&amp;b=2</loc><lastmod>2026-01-10</lastmod><xhtml:link rel="alternate" hreflang="en" href="https://garden-club.org/en/"/><xhtml:link rel="alternate" hreflang="ar" href="https://garden-club.org/ar/"/></url>',
  );
  expect(xml).toContain('<url><loc>https://garden-club.org/</loc></url>');
  expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
});

test('robots.txt lets every crawler read everything and names the sitemap only when there is one', () => {
  expect(robotsTxt('https://garden-club.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://garden-club.org/sitemap.xml\n');
  expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
});
