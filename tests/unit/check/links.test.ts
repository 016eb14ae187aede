import { describe, expect, test } from 'vitest';
import { findBrokenLinks, linksIn } from '../../../src/check/links.ts';
import { pagePath, readerLanguageHref } from '../../../src/core/hrefs.ts';

const site = (pages: Record<string, string | null>) => new Map(Object.entries(pages));

describe('pagePath', () => {
  test('serves index.html files at their folder', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('en/a/index.html')).toBe('/en/a/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

test('linksIn reads href and src, decoding entities', () => {
  expect(linksIn('<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" alt="">')).toEqual(['/a/?x=1&y=2', '/i.png']);
});

describe('findBrokenLinks', () => {
  test('accepts links to pages, files and anchors that exist', () => {
    const files = site({
      '/': '<a href="/en/">en</a><a href="en/x/#step-2">x</a><a href="/logo.svg">l</a><a href="#top" id="top">t</a>',
      '/en/': '<a href="/">home</a><a href="https://example.org/nope">out</a><a href="mailto:a@b.c">m</a>',
      '/en/x/': '<h2 id="step-2">Step 2</h2><a href="../">up</a>',
      '/logo.svg': null,
    });
    expect(findBrokenLinks(files)).toEqual([]);
  });

  test('reports a missing page and a missing anchor, naming page and link', () => {
    const files = site({ '/en/': '<a href="/en/gone/">g</a><a href="/en/x/#step-9">x</a>', '/en/x/': '<h2 id="step-2">2</h2>' });
    expect(findBrokenLinks(files)).toEqual([
      { page: '/en/', link: '/en/gone/', reason: 'no such page' },
      { page: '/en/', link: '/en/x/#step-9', reason: 'no element with id "step-9" on /en/x/' },
    ]);
  });

  test('a link without its final slash, and one written percent-encoded, reach their page; other schemes and hosts are not its to check', () => {
    const files = site({
      '/en/': '<a href="/en/x">x</a><a href="/en/caf%C3%A9/#p%C3%A4">c</a><a href="//cdn.example/x.js">cdn</a><a href="tel:+254700000001">t</a>',
      '/en/x/': '',
      '/en/café/': '<h2 id="pä">P</h2>',
    });
    expect(findBrokenLinks(files)).toEqual([]);
    expect(findBrokenLinks(site({ '/en/': '<a href="/en/caf%C3%A9/">c</a>' }))).toEqual([{ page: '/en/', link: '/en/caf%C3%A9/', reason: 'no such page' }]);
  });

  test('does not treat a folder without index.html as a page', () => {
    expect(findBrokenLinks(site({ '/en/': '<a href="/en/y/">y</a>', '/en/y/img.png': null }))).toHaveLength(1);
  });
});

describe('readerLanguageHref: links in a page not yet translated', () => {
  const untranslated = (path: string) => path === '/sw/a/untranslated/';
  test('lead to the same page in the reader language', () => {
    expect(readerLanguageHref('/en/a/translated/', 'en', 'sw', untranslated)).toBe('/sw/a/translated/');
    expect(readerLanguageHref('/en/directory/', 'en', 'sw', untranslated)).toBe('/sw/directory/');
  });
  test('keep their #anchor only where the target is untranslated too', () => {
    expect(readerLanguageHref('/en/a/untranslated/#part', 'en', 'sw', untranslated)).toBe('/sw/a/untranslated/#part');
    expect(readerLanguageHref('/en/a/translated/#part', 'en', 'sw', untranslated)).toBe('/sw/a/translated/');
  });
  test('leave other links alone', () => {
    for (const href of ['https://example.org/en/a/', '/print/en/x.pdf', '#top', 'mailto:a@b.example']) {
      expect(readerLanguageHref(href, 'en', 'sw', untranslated)).toBe(href);
    }
  });
});
