// The one-file guide from small built pages: every page a part of one document, links between pages
// as links inside it, ids unique, what only works on the site gone, links outside it to the live
// site or (with a placeholder address) only words.
import { describe, expect, test } from 'vitest';
import { oneFileHtml, type OneFileBook } from '../../../src/downloads/one-file.ts';

const page = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title><style>body{}</style></head><body><header><form role="search" action="/en/a-z/" data-search><input id="q"></form></header>` +
  `<script type="module">alert(1)</script><div class="wrap"><nav class="crumbs"><a href="/en/">Home</a></nav><main id="main" data-pagefind-body>${main}</main></div>` +
  `<footer><nav><ul><li><a href="/sw/" hreflang="sw">Kiswahili</a></li></ul></nav></footer><script type="module" data-offline-loader>x()</script></body></html>`;

const pages = [
  { path: '/en/', html: page('Home', '<h1>Home</h1><p class="download" data-pdf-offer="booklet"><a href="/print/en/booklet.pdf">PDF</a></p><section data-offline="en"><button>Save</button></section><ul><li><a href="/en/start/">Start</a></li></ul>') },
  { path: '/en/start/', html: page('Start', '<h1>Start</h1><ul><li><a href="/en/start/first/">First</a></li></ul>') },
  {
    path: '/en/start/first/',
    html: page(
      'First',
      '<article><h1>First</h1><h2 id="steps">Steps</h2><p>See <a href="#steps">the steps</a>, the <a href="/en/help/glossary/#lender">lender</a>, the <a href="/en/help/glossary/#pr%C3%AAteur">prêteur</a>, <a href="/en/directory/providers/acme/#x">Acme</a> and <a href="https://example.org/a">a source</a>.</p>' +
        '<label for="note">Note</label><input id="note"><p aria-describedby="steps note">x</p><div data-related><h2>Also in Kenya</h2></div></article>' +
        '<nav class="pager"><a href="/en/start/" rel="prev">Start</a></nav>',
    ),
  },
  { path: '/en/help/glossary/', html: page('Glossary', '<h1>Glossary</h1><dl><dt id="lender">lender</dt><dd>…</dd><dt id="prêteur">prêteur</dt><dd>…</dd></dl>') },
];

const book = (siteUrl: string | undefined): OneFileBook => ({
  lang: 'en',
  dir: 'ltr',
  title: 'Guide',
  pages,
  siteUrl,
  css: '.wrap{}',
  words: { search: 'Search this guide', searchButton: 'Search', skip: 'Skip', top: 'Contents' },
  searchIndex: '(window.siteSearch=window.siteSearch||{})["en"]={"pages":[["/en/start/first/","First</script>","","","",""]]}',
  searchUi: 'console.log("ui")',
  footer: 'Guide last updated: 1 December 2026',
});

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!);

describe('oneFileHtml', () => {
  const html = oneFileHtml(book(undefined));

  test('every page is a part of the document, named by its address, in the order given', () => {
    expect([...html.matchAll(/<section class="one-file-page" id="([^"]+)"/g)].map((m) => m[1])).toEqual(['p_en', 'p_en_start', 'p_en_start_first', 'p_en_help_glossary']);
  });

  test('links between pages, to a part of a page and inside a page lead inside the file; every id is unique and every link to one finds it', () => {
    expect(hrefs(html)).toEqual(expect.arrayContaining(['#p_en_start', '#p_en_start_first', '#p_en_start_first__steps', '#p_en_help_glossary__lender', '#p_en_help_glossary__prêteur']));
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    for (const href of hrefs(html).filter((h) => h.startsWith('#'))) expect(all, href).toContain(href.slice(1));
    expect(html).toContain('<label for="p_en_start_first__note">');
    expect(html).toContain('aria-describedby="p_en_start_first__steps p_en_start_first__note"');
  });

  test('what only works on the site is gone: its scripts, search box target, offline save, PDF offers, other languages, pager and related lists', () => {
    expect(html).not.toContain('alert(1)');
    expect(html).not.toContain('data-offline');
    expect(html).not.toContain('booklet.pdf');
    expect(html).not.toContain('hreflang');
    expect(html).not.toContain('rel="prev"');
    expect(html).not.toContain('Also in Kenya');
    expect(html).not.toContain('data-pagefind');
    expect([...html.matchAll(/<script>/g)]).toHaveLength(2); // the search index and its interface, written in
  });

  test('a script written in cannot end its <script> early', () => {
    expect(html).toContain('First<\\/script>');
  });

  test('with a placeholder address, a link to a page the file lacks keeps its words and leads nowhere', () => {
    expect(html).toContain('<a>Acme</a>');
    expect(hrefs(html).filter((h) => !h.startsWith('#') && h !== 'https://example.org/a')).toEqual([]);
  });

  test('with a real address, such a link leads to the live site', () => {
    expect(oneFileHtml(book('https://guide.example.org/'))).toContain('<a href="https://guide.example.org/en/directory/providers/acme/#x">Acme</a>');
  });

  test('the document names its language and direction, and marks itself for the search interface', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en" dir="ltr" data-one-file>/);
  });
});
