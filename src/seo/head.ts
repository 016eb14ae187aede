// What a page tells search engines and share previews about itself, as plain data the head part
// (SeoHead.astro) and the JSON-LD parts write out. Nothing here points readers to a placeholder
// address: with one, a page gets no canonical link, share-preview address or breadcrumb addresses.
import { isPlaceholderUrl } from '../core/placeholder-url.ts';

/** Where the share-preview images are written: /<lang>/preview/<section or "home">.png. */
const PREVIEW_DIR = 'preview';
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/**
 * Whether the build makes share-preview images: site.yaml `parts.previews` (on unless false), not
 * with LOCKGUIDE_PREVIEWS=off (a quick build), and only for a real address, since a preview image
 * is named by its full address (Open Graph) and a placeholder has none.
 */
export function previewsOn(site: { url: string; parts: { previews: boolean } }): boolean {
  return site.parts.previews && process.env.LOCKGUIDE_PREVIEWS !== 'off' && !isPlaceholderUrl(site.url);
}

/** A page's address on the published site, or undefined when the site's url is a placeholder. */
export function publishedUrl(siteUrl: string, path: string): string | undefined {
  return isPlaceholderUrl(siteUrl) ? undefined : new URL(path, siteUrl).href;
}

/** Open Graph's locale, language_TERRITORY: "pt-BR" → "pt_BR", "en" → "en". */
export const ogLocale = (lang: string) => lang.replace('-', '_');

/** The parts of a site with a preview image of their own: each section, the directory if there is one; "home" covers the rest. */
export const previewParts = (site: { sections: string[]; directory?: object }) => [...site.sections, ...(site.directory ? ['directory'] : [])];

/** The preview image of a page: its part's ("/en/scams/…" → scams), or the language home's for every other page. */
export function previewName(path: string, parts: string[]): string {
  const part = path.split('/')[2] ?? '';
  return parts.includes(part) ? part : 'home';
}

export const previewPath = (lang: string, name: string) => `/${lang}/${PREVIEW_DIR}/${name}.png`;

/** JSON safe to put inside <script>: "</script>" and "<!--" can never close or open anything there. */
export function jsonLd(data: object): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}

/**
 * The trail a page shows above its title, then the page itself (named, without an address: it is
 * where the reader is), as schema.org's BreadcrumbList. Undefined with a placeholder address, since
 * every step before the last needs one.
 */
export function breadcrumbList(siteUrl: string, trail: { href: string; label: string }[], current: string): object | undefined {
  if (isPlaceholderUrl(siteUrl)) return undefined;
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [
      ...trail.map(({ href, label }, i) => ({ '@type': 'ListItem', position: i + 1, name: label, item: new URL(href, siteUrl).href })),
      { '@type': 'ListItem', position: trail.length + 1, name: current },
    ],
  };
}

/**
 * An article as schema.org's Article: only what the page shows (its title, the day it was last
 * updated, its language) and who publishes the site when site.yaml names them. No author or
 * publication date: the page shows neither.
 */
export function articleData({ title, updated, lang, publisher, url }: { title: string; updated: string; lang: string; publisher?: { name: string; url?: string }; url?: string }): object {
  return {
    '@type': 'Article',
    headline: title,
    dateModified: updated,
    inLanguage: lang,
    ...(url && { mainEntityOfPage: url }),
    ...(publisher && { publisher: { '@type': 'Organization', name: publisher.name, ...(publisher.url && { url: publisher.url }) } }),
  };
}
