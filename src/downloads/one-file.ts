// The whole guide in one language as a single HTML file, for sending over WhatsApp or Bluetooth and
// opening from a phone's downloads: every page a part of the document, named by its address
// (pageAnchor), links between pages as links inside the file, readable without JavaScript; the instant
// search and its index written in, so searching needs nothing else either.
import { ONE_FILE_DOCUMENT, pageAnchor } from '../core/hrefs.ts';
import { escapeHtml } from '../core/html.ts';
import type { ElementNode } from 'ultrahtml';
import { RELATED } from './contract.ts';
import { elements, first, readerCopy, remove, render, type CopyLinks } from './reader-copy.ts';

export interface OneFilePage {
  /** Its site path: "/en/start/what-to-do-now/". */
  path: string;
  html: string;
}

export interface OneFileBook {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** In reading order, the language's home first. */
  pages: OneFilePage[];
  siteUrl: string | undefined;
  /** The site's stylesheet, as the pages carry it inline. */
  css: string;
  /** "Search this guide", "Search", "Skip to main content", "Contents" in the language. */
  words: { search: string; searchButton: string; skip: string; top: string };
  /** The language's instant search index and the search interface, as the site ships them (classic scripts). */
  searchIndex: string;
  searchUi: string;
  /** A line for the foot: version and date of the guide. */
  footer: string;
}

/** Marks where one page ends and the next begins; "Contents" leads back to the top. */
const CSS = `.one-file-page{border-top:3px solid currentColor;margin-top:2.5rem;padding-top:.5rem}.one-file-page:first-child{border-top:0;margin-top:0}.one-file-top{font-size:.9em}`;

/**
 * An id of a page's own, prefixed with its page's anchor, so the ids of all pages can share one
 * document. Links to them name them as written (a link's "#pr%C3%AAteur" becomes "…__prêteur").
 */
const idIn = (anchor: string, id: string) => `${anchor}__${id}`;

const REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'headers'];

/** A script's text made safe inside <script>…</script>. */
const inlineScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export function oneFileHtml(book: OneFileBook): string {
  const held = new Set(book.pages.map((p) => p.path));
  const links: CopyLinks = {
    holds: (path) => held.has(path),
    linkTo: (path, fragment) => `#${fragment ? idIn(pageAnchor(path), decodeURIComponent(fragment)) : pageAnchor(path)}`,
    siteUrl: book.siteUrl,
  };
  const home = pageAnchor(book.pages[0]!.path);
  const parts = book.pages.map(({ path, html }) => {
    const anchor = pageAnchor(path);
    const page = readerCopy(html, { ...links, here: (fragment) => `#${idIn(anchor, decodeURIComponent(fragment))}` });
    const main = first(page, (e) => e.name === 'main', `<main> (${path})`);
    // The pages follow each other in reading order: "previous" and "next" would only repeat that; and
    // lists of related pages repeat the lists that lead to them.
    const pager = (e: ElementNode) => e.name === 'nav' && elements(e, (a) => a.attributes.rel === 'next' || a.attributes.rel === 'prev').length > 0;
    for (const repeated of elements(main, (e) => pager(e) || RELATED in e.attributes)) remove(repeated);
    for (const { attributes } of elements(main, () => true)) {
      if (attributes.id) attributes.id = idIn(anchor, attributes.id);
      for (const name of REFERENCES) if (attributes[name]) attributes[name] = attributes[name]!.split(' ').map((id) => idIn(anchor, id)).join(' ');
      // Hooks for the site's scripts, search and print step: nothing here reads them.
      for (const name of Object.keys(attributes)) if (name.startsWith('data-')) delete attributes[name];
    }
    const body = main.children.map(render).join('');
    const top = path === book.pages[0]!.path ? '' : `<p class="one-file-top"><a href="#${home}">↑ ${escapeHtml(book.words.top)}</a></p>`;
    return `<section class="one-file-page" id="${anchor}">${body}${top}</section>`;
  });
  return (
    `<!DOCTYPE html><html lang="${book.lang}" dir="${book.dir}" ${ONE_FILE_DOCUMENT}><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(book.title)}</title>` +
    `<style>${book.css}${CSS}</style></head><body>` +
    `<a class="skip" href="#${home}">${escapeHtml(book.words.skip)}</a>` +
    `<header><div class="wrap"><a href="#${home}">${escapeHtml(book.title)}</a>` +
    `<form role="search" action="#${home}" data-search hidden><label for="q">${escapeHtml(book.words.search)}</label><input id="q" name="q" type="search" autocomplete="off"><button type="submit">${escapeHtml(book.words.searchButton)}</button></form></div></header>` +
    `<div class="wrap"><main>${parts.join('')}</main></div>` +
    `<footer><div class="wrap"><p>${escapeHtml(book.footer)}</p></div></footer>` +
    `<script>${inlineScript(book.searchIndex)}</script>` +
    // Without JavaScript there is no search: the box shows only when the script that searches runs.
    `<script>document.querySelector('form[data-search]').hidden=false;${inlineScript(book.searchUi)}</script>` +
    `</body></html>`
  );
}
