// The booklet as one HTML document for Chromium to print: a cover (title, version, date, QR code,
// publisher), a table of contents with page numbers, then every article, each from a new page. A link
// to another article of the booklet prints that article's page ("see page 12"); a link to a page
// outside it, its address. With a placeholder site address, no QR code and no address is printed.
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';
import { pageAnchor } from '../core/hrefs.ts';
import { escapeHtml } from '../core/html.ts';
import { fill, formatDay } from '../i18n/format.ts';
import type { PrintedArticle } from './articles.ts';
import { pdfOffers } from './contract.ts';

/** What the PDFs of one language say besides its pages: the booklet's cover, the words around them. */
export interface PrintLanguage {
  title: string;
  tagline: string;
  /** Who publishes the guide, for the booklet's cover. */
  publisher?: { name: string; contact?: string | undefined; url?: string | undefined } | undefined;
  /** The date the guide was last updated, YYYY-MM-DD. */
  updated: string;
  /** Section names, for the booklet's contents. */
  sections: Record<string, { title: string }>;
  /** Interface words: src/i18n/<lang>.json "print". */
  words: Record<string, string>;
}

const BOOKLET_CSS = `@media print {
  .cover { min-height: 250mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .cover h1 { font-size: 30pt; margin: 0 0 0.3em; }
  .cover .lead { font-size: 16pt; }
  .cover svg { width: 35mm; height: 35mm; }
  .toc { break-after: page; }
  .toc ol { list-style: none; padding: 0; margin: 0; }
  .toc li { display: flex; align-items: baseline; margin: 0 0 0.2em; break-inside: avoid; }
  .toc li.section { font-weight: 700; margin-top: 0.8em; }
  .toc .dots { flex: 1; border-bottom: 1px dotted #000; margin: 0 0.4em; }
  .booklet-article { break-before: page; }
  .booklet-article a[href] { text-decoration: underline; }
  .booklet-article a[data-see-page]::after { content: ' (' attr(data-see-page) ')'; }
}`;

/** One HTML document for the booklet, or for any part of it (used to count each part's pages). */
export function bookletHtml(lang: string, title: string, css: string, parts: string[]): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}${BOOKLET_CSS}</style></head><body><main class="wrap">${parts.join('')}</main></body></html>`;
}

/**
 * While pages are counted, every reference reads "see page 9999": no real number is longer, so a
 * real one can only make an article shorter, never longer (build.ts counts again when one does).
 */
const COUNTING = '9999';

/** Where a link of the booklet leads: an article in it (to its first page), else the site. */
export interface BookletLinks {
  /** The public address, or undefined for a placeholder: then a link outside the booklet is only its words. */
  siteUrl: string | undefined;
  /** "see page {page}" in the booklet's language. */
  seePage: string;
  /** Each article's first page, by address; undefined while the pages are being counted. */
  pages?: Map<string, number>;
}

/** Links inside the booklet go to the article in it, with its page; links to other pages to the live site. */
function linksForBooklet(html: string, held: Set<string>, links: BookletLinks): string {
  return html.replace(/<a\s([^>]*)>/g, (tag, attributes: string) => {
    const href = /\bhref="([^"]*)"/.exec(attributes)?.[1];
    if (!href?.startsWith('/')) return tag;
    const [target = '', fragment] = href.split('#');
    const rest = attributes.replace(/\s*\bhref="[^"]*"/, '').replace(/\s*\bdata-print-url="[^"]*"/, '').trim();
    const others = rest ? ` ${rest}` : '';
    if (held.has(target)) {
      // A term's link inside a page (#…) leads there without a page number: on paper it would only add noise.
      if (fragment !== undefined) return `<a href="#${pageAnchor(target)}"${others}>`;
      const page = links.pages ? String(links.pages.get(target)) : COUNTING;
      return `<a href="#${pageAnchor(target)}" data-see-page="${escapeHtml(fill(links.seePage, { page }))}"${others}>`;
    }
    return links.siteUrl ? tag.replace(/\bhref="[^"]*"/, `href="${new URL(href.slice(1), links.siteUrl).href}"`) : `<a${others}>`;
  });
}

/** Every article as the booklet holds it: without its own PDF offer, its links led inside the booklet. */
export function bookletArticles(articles: PrintedArticle[], links: BookletLinks): string[] {
  const held = new Set(articles.map((a) => a.path));
  return articles.map((a) => `<section class="booklet-article" id="${pageAnchor(a.path)}">${linksForBooklet(a.html.replace(pdfOffers(), ''), held, links)}</section>`);
}

/** The text's version on a cover (booklet, e-book): a fingerprint of the articles as the booklet holds them. */
export function textVersion(bodies: string[]): string {
  return createHash('sha256').update(bodies.join('')).digest('hex').slice(0, 12);
}

/** "Published by …" and the publisher's contact, on the booklet's cover. */
function publisherLine({ publisher, words }: PrintLanguage): string {
  if (!publisher) return '';
  const contact = [publisher.contact, publisher.url].filter(Boolean).join(' · ');
  return `<p class="publisher">${escapeHtml(fill(words.publishedBy!, { name: publisher.name }))}${contact ? `<br>${escapeHtml(contact)}` : ''}</p>`;
}

/** The cover: `version` names the booklet's text, so two printings of the same text say the same. */
export async function cover(lang: string, language: PrintLanguage, siteUrl: string | undefined, version: string): Promise<string> {
  const date = formatDay(language.updated, lang);
  const address = siteUrl && new URL(`${lang}/`, siteUrl).href;
  const online = address ? `${await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 })}<p>${escapeHtml(address)}</p>` : '';
  return `<section class="cover"><h1>${escapeHtml(language.title)}</h1><p class="lead">${escapeHtml(language.tagline)}</p><p>${escapeHtml(fill(language.words.version!, { version, date }))}</p>${online}${publisherLine(language)}</section>`;
}

/** The table of contents, by section, with each article's first page (`numbers`, in article order). */
export function contents(articles: PrintedArticle[], language: PrintLanguage, numbers: number[]): string {
  let section = '';
  const items = articles.map((a, i) => {
    const heading = a.section !== section ? `<li class="section">${language.sections[a.section]?.title ?? a.section}</li>` : '';
    section = a.section;
    return `${heading}<li><a href="#${pageAnchor(a.path)}">${a.title}</a><span class="dots"></span><span>${numbers[i] ?? ''}</span></li>`;
  });
  return `<nav class="toc"><h2>${escapeHtml(language.words.contents!)}</h2><ol>${items.join('')}</ol></nav>`;
}
