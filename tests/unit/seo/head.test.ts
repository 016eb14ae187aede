// What pages tell search engines and share previews: addresses only for a real site address,
// structured data that claims only what the page shows, and JSON that cannot break out of its script.
import { describe, expect, test } from 'vitest';
import { articleData, breadcrumbList, jsonLd, ogLocale, previewName, previewParts, publishedUrl } from '../../../src/seo/head.ts';

const REAL = 'https://garden-club.org/';
const PLACEHOLDER = 'https://lockguide.example/';

test('a page has a published address only when the site has a real one', () => {
  expect(publishedUrl(REAL, '/en/basics/soil/')).toBe('https://garden-club.org/en/basics/soil/');
  expect(publishedUrl(PLACEHOLDER, '/en/basics/soil/')).toBeUndefined();
});

test('Open Graph locales are language_TERRITORY', () => {
  expect(ogLocale('pt-BR')).toBe('pt_BR');
  expect(ogLocale('en')).toBe('en');
});

describe('breadcrumbList', () => {
  const trail = [
    { href: '/en/', label: 'Home' },
    { href: '/en/basics/', label: 'Basics' },
  ];

  test('the trail the page shows, with full addresses, then the page itself without one', () => {
    expect(breadcrumbList(REAL, trail, 'Soil')).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://garden-club.org/en/' },
        { '@type': 'ListItem', position: 2, name: 'Basics', item: 'https://garden-club.org/en/basics/' },
        { '@type': 'ListItem', position: 3, name: 'Soil' },
      ],
    });
  });

  test('none with a placeholder address: every step but the last needs a real one', () => {
    expect(breadcrumbList(PLACEHOLDER, trail, 'Soil')).toBeUndefined();
  });
});

test('an article claims its title, last update, language and publisher, and no author or publication date', () => {
  const data = articleData({ title: 'Soil', updated: '2026-01-10', lang: 'ar', publisher: { name: 'Town Garden Club' }, url: 'https://garden-club.org/ar/basics/soil/' });
  expect(data).toEqual({
    '@type': 'Article',
    headline: 'Soil',
    dateModified: '2026-01-10',
    inLanguage: 'ar',
    mainEntityOfPage: 'https://garden-club.org/ar/basics/soil/',
    publisher: { '@type': 'Organization', name: 'Town Garden Club' },
  });
  expect(articleData({ title: 'Soil', updated: '2026-01-10', lang: 'en' })).toEqual({ '@type': 'Article', headline: 'Soil', dateModified: '2026-01-10', inLanguage: 'en' });
});

test('JSON-LD names schema.org and cannot close its <script> from inside a title', () => {
  const text = jsonLd({ '@type': 'Article', headline: 'a </script><script>alert(1)</script> <!--' });
  expect(text).not.toContain('<');
  expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'Article', headline: 'a </script><script>alert(1)</script> <!--' });
});

test("a page's preview image is its section's or the directory's, and the home page's for the rest", () => {
  const parts = previewParts({ sections: ['basics', 'more'], directory: {} });
  expect(parts).toEqual(['basics', 'more', 'directory']);
  expect(previewName('/en/basics/soil/', parts)).toBe('basics');
  expect(previewName('/ar/directory/shops/green-seeds/', parts)).toBe('directory');
  expect(previewName('/en/a-z/', parts)).toBe('home');
  expect(previewName('/en/', parts)).toBe('home');
  expect(previewName('/', parts)).toBe('home');
  expect(previewParts({ sections: ['basics'] })).toEqual(['basics']);
});
