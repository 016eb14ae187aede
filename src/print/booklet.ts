// The booklet as one HTML document for Chromium to print: a cover (title, version, date, QR code,
// publisher), a table of contents with page numbers, then every article, each from a new page.
import QRCode from 'qrcode';
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
  .booklet-article a { text-decoration: underline; }
}`;

/** One HTML document for the booklet, or for any part of it (used to count each part's pages). */
export function bookletHtml(lang: string, css: string, parts: string[]): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>booklet</title><style>${css}${BOOKLET_CSS}</style></head><body><main class="wrap">${parts.join('')}</main></body></html>`;
}

/** An article's id inside the booklet, from its address. */
const anchorOf = (address: string) => `a${address.replace(/\//g, '-').replace(/-$/, '')}`;

/** Links inside the booklet go to the article in it; links to other pages to the live site. */
function linksForBooklet(html: string, held: Set<string>, siteUrl: string): string {
  return html.replace(/\shref="(\/[^"#]*)(#[^"]*)?"/g, (_, target: string) =>
    held.has(target) ? ` href="#${anchorOf(target)}"` : ` href="${new URL(target.slice(1), siteUrl).href}"`,
  );
}

/** Every article as the booklet holds it: without its own PDF offer, its links led inside the booklet. */
export function bookletArticles(articles: PrintedArticle[], siteUrl: string): string[] {
  const held = new Set(articles.map((a) => a.path));
  return articles.map((a) => `<section class="booklet-article" id="${anchorOf(a.path)}">${linksForBooklet(a.html.replace(pdfOffers(), ''), held, siteUrl)}</section>`);
}

/** "Published by …" and the publisher's contact, on the booklet's cover. */
function publisherLine({ publisher, words }: PrintLanguage): string {
  if (!publisher) return '';
  const contact = [publisher.contact, publisher.url].filter(Boolean).join(' · ');
  return `<p class="publisher">${escapeHtml(fill(words.publishedBy!, { name: publisher.name }))}${contact ? `<br>${escapeHtml(contact)}` : ''}</p>`;
}

/** The cover: `version` names the booklet's text, so two printings of the same text say the same. */
export async function cover(lang: string, language: PrintLanguage, siteUrl: string, version: string): Promise<string> {
  const date = formatDay(language.updated, lang);
  const address = new URL(`${lang}/`, siteUrl).href;
  const qr = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  return `<section class="cover"><h1>${escapeHtml(language.title)}</h1><p class="lead">${escapeHtml(language.tagline)}</p><p>${escapeHtml(fill(language.words.version!, { version, date }))}</p>${qr}<p>${escapeHtml(address)}</p>${publisherLine(language)}</section>`;
}

/** The table of contents, by section, with each article's first page (`numbers`, in article order). */
export function contents(articles: PrintedArticle[], language: PrintLanguage, numbers: number[]): string {
  let section = '';
  const items = articles.map((a, i) => {
    const heading = a.section !== section ? `<li class="section">${language.sections[a.section]?.title ?? a.section}</li>` : '';
    section = a.section;
    return `${heading}<li><a href="#${anchorOf(a.path)}">${a.title}</a><span class="dots"></span><span>${numbers[i] ?? ''}</span></li>`;
  });
  return `<nav class="toc"><h2>${escapeHtml(language.words.contents!)}</h2><ol>${items.join('')}</ol></nav>`;
}
