// sitemap.xml and robots.txt, from the built pages rather than from the routes: a page is listed only
// if it was built and names itself canonical (so never the 404 or offline pages, which stand in for
// others), with the other languages its own head links to and the day its article was last updated.
import fs from 'node:fs';
import path from 'node:path';
import { distFiles } from '../core/dist.ts';
import { decodeEntities, escapeHtml } from '../core/html.ts';

export interface SitemapEntry {
  url: string;
  /** hreflang → address, the page's own language included (search engines ask for it). */
  languages: [string, string][];
  lastmod?: string;
}

/** What one built page gives the sitemap, or nothing when it names no canonical address. */
export function sitemapEntry(html: string): SitemapEntry | undefined {
  const head = html.slice(0, html.indexOf('</head>'));
  const url = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
  if (!url) return undefined;
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const others = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, l, href]): [string, string] => [l!, decodeEntities(href!)]);
  const lastmod = /"dateModified":"(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  return { url: decodeEntities(url), languages: others.length > 0 && lang ? [[lang, decodeEntities(url)], ...others] : [], ...(lastmod && { lastmod }) };
}

export function sitemapXml(entries: SitemapEntry[]): string {
  const urls = entries.map(({ url, languages, lastmod }) =>
    [
      `<url><loc>${escapeHtml(url)}</loc>`,
      ...(lastmod ? [`<lastmod>${lastmod}</lastmod>`] : []),
      ...languages.map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeHtml(lang)}" href="${escapeHtml(href)}"/>`),
      '</url>',
    ].join(''),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Every crawler may read everything; the sitemap is named when there is one. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}

/** A sitemap holds at most 50,000 addresses (sitemaps.org); past that a site needs an index of several. */
export const SITEMAP_MAX_URLS = 50_000;

/** The entries of every built page that names a canonical address, in the order of their files. */
export function sitemapEntries(distDir: string): SitemapEntry[] {
  return distFiles(distDir)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => sitemapEntry(fs.readFileSync(path.join(distDir, file), 'utf8')) ?? []);
}
