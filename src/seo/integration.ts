// The search-engine step after the build: robots.txt, sitemap.xml and the share-preview images.
import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../core/build-step.ts';
import { siteColours } from '../core/colours.ts';
import { siteNameOf } from '../core/hrefs.ts';
import { isPlaceholderUrl } from '../core/placeholder-url.ts';
import { withScreenshots } from '../core/screenshot.ts';
import { previewsOn } from './head.ts';
import { previewCards, writePreviews } from './previews.ts';
import { robotsTxt, SITEMAP_MAX_URLS, sitemapEntries, sitemapXml } from './sitemap.ts';

/**
 * What search engines and share previews read besides the pages: robots.txt always; with a real
 * address, sitemap.xml and the preview images (unless site.yaml parts.previews is false or
 * LOCKGUIDE_PREVIEWS=off). With a placeholder address the build's one notice (engine.ts) says so.
 */
export async function seoStep(distDir: string, { site, log }: BuildContext): Promise<void> {
  const placeholder = isPlaceholderUrl(site.url);
  const entries = placeholder ? [] : sitemapEntries(distDir);
  if (entries.length > SITEMAP_MAX_URLS) throw new Error(`${entries.length} pages: a sitemap holds at most ${SITEMAP_MAX_URLS} (sitemaps.org); the engine writes one`);
  const sitemapUrl = placeholder ? undefined : new URL('/sitemap.xml', site.url).href;
  if (sitemapUrl) fs.writeFileSync(path.join(distDir, 'sitemap.xml'), sitemapXml(entries));
  fs.writeFileSync(path.join(distDir, 'robots.txt'), robotsTxt(sitemapUrl));
  log.info(sitemapUrl ? `sitemap.xml: ${entries.length} pages; robots.txt names it` : 'robots.txt written, without a sitemap');

  if (!previewsOn(site)) {
    if (!placeholder) log.info(`preview images not made (${site.parts.previews ? 'LOCKGUIDE_PREVIEWS=off' : 'site.yaml parts.previews is false'})`);
    return;
  }
  const colours = siteColours();
  const sizes = await withScreenshots((shoot) => writePreviews(distDir, previewCards(site, siteNameOf(site.url)), { background: colours.header, text: colours.headerText }, shoot));
  log.info(`${sizes.length} preview images, ${Math.round(Math.min(...sizes) / 1000)}–${Math.round(Math.max(...sizes) / 1000)} kB each`);
}
