// A language's web app manifest: what Chromium needs to install it (name, start page, standalone,
// 192 and 512 px icons, a maskable one), in the language's words and folder, in the site's colours.
import { expect, test } from 'vitest';
import { siteColours, cssValue } from '../../../src/core/colours.ts';
import { shortName, webManifest } from '../../../src/install/manifest.ts';

const colours = { header: '#0f5132', headerText: '#fff', page: '#fff' };

test('the manifest starts at and keeps to its language folder, in its words and colours', () => {
  const manifest = webManifest({ lang: 'ar', dir: 'rtl', title: 'حديقة صغيرة', tagline: 'ازرع طعامك' }, colours) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    name: 'حديقة صغيرة',
    short_name: 'حديقة صغيرة',
    description: 'ازرع طعامك',
    lang: 'ar',
    dir: 'rtl',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#0f5132',
    background_color: '#fff',
  });
  expect(manifest.icons).toEqual([
    { src: '../icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '../icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '../icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ]);
});

test('a short name fits under an icon: whole words up to 12 characters', () => {
  expect(shortName('Lockguide')).toBe('Lockguide');
  expect(shortName('Mwongozo wa Kufuli')).toBe('Mwongozo wa');
  expect(shortName('Pemandukunci')).toBe('Pemandukunci');
  expect(shortName('Supercalifragilistic guide')).toBe('Supercalifra');
});

test("the colours are the stylesheet's: the header's for the theme, the page's for the start", () => {
  expect(siteColours()).toEqual({ header: '#0f5132', headerText: '#fff', page: '#fff' });
  const css = 'body { margin: 0; background: #fafafa }\nheader a { color: red }\nheader { color: #eee; background: #123456; }';
  expect(siteColours(css)).toEqual({ header: '#123456', headerText: '#eee', page: '#fafafa' });
  expect(() => cssValue(css, 'footer', 'background')).toThrow(/no "background" in the "footer" rule/);
});
