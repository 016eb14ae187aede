// What search engines, share previews and installing get from a built site, with a real address
// (the fixture site published at garden-club.org) and with its placeholder (garden.example): the
// placeholder is never given to anyone as an address, and everything that needs none is still made.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decodePng } from '../../src/core/png.ts';
import { languageFiles } from '../../src/offline/build.ts';
import { pagefindCacheTag } from '../../src/search/index.ts';
import { builtPages, type BuiltPage } from '../helpers/built-site.ts';
import { buildFixture, type FixtureBuild } from '../helpers/fixture-build.ts';

const REAL = 'https://garden-club.org/';
const withUrl = (url: string) => (content: string) => {
  const file = path.join(content, 'site.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('https://garden.example/', url));
};

/** A PNG's width and height, from its header. */
const pngSize = (file: string) => {
  const png = fs.readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
};
const head = (html: string) => html.slice(0, html.indexOf('</head>'));
const meta = (html: string, property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(head(html))?.[1];
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(head(html))?.[1];
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(([, json]) => JSON.parse(json!) as Record<string, unknown>);
/** The 404 and offline pages stand in for other addresses: they have none of their own. */
const standsIn = (page: BuiltPage) => page.path === '/404.html' || page.path.endsWith('/offline/');

describe('with a real address', () => {
  let build: FixtureBuild;
  let pages: BuiltPage[];
  beforeAll(() => {
    build = buildFixture({ edit: withUrl(REAL) });
    expect(build.status, build.output).toBe(0);
    pages = builtPages(build.dist);
  }, 120_000);
  afterAll(() => fs.rmSync(build.dir, { recursive: true, force: true }));

  test('every page that has an address of its own names it as canonical and as og:url; the stand-ins name none', () => {
    for (const page of pages) {
      if (standsIn(page)) {
        expect(canonical(page.html), page.path).toBeUndefined();
        expect(meta(page.html, 'og:url'), page.path).toBeUndefined();
      } else {
        expect(canonical(page.html), page.path).toBe(new URL(page.path, REAL).href);
        expect(meta(page.html, 'og:url'), page.path).toBe(new URL(page.path, REAL).href);
      }
    }
  });

  test('the sitemap lists exactly those pages, each with its two languages; robots.txt names it', () => {
    const xml = fs.readFileSync(path.join(build.dist, 'sitemap.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
    expect(listed.sort()).toEqual(pages.filter((p) => !standsIn(p)).map((p) => new URL(p.path, REAL).href).sort());
    expect(listed).toContain('https://garden-club.org/ar/basics/soil/');
    const soil = /<url><loc>https:\/\/garden-club.org\/ar\/basics\/soil\/<\/loc>.*?<\/url>/.exec(xml)![0];
    expect(soil).toContain('<lastmod>2026-01-10</lastmod>');
    expect(soil).toContain('<xhtml:link rel="alternate" hreflang="ar" href="https://garden-club.org/ar/basics/soil/"/>');
    expect(soil).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://garden-club.org/en/basics/soil/"/>');
    expect(fs.readFileSync(path.join(build.dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://garden-club.org/sitemap.xml\n');
  });

  test('share previews: title, description, site name, locales and an image of the page\'s section, 1200×630 PNG under 100 kB', () => {
    const soil = pages.find((p) => p.path === '/ar/basics/soil/')!.html;
    expect(meta(soil, 'og:title')).toBe(/<h1>([^<]+)<\/h1>/.exec(soil)![1]);
    expect(meta(soil, 'og:description')).toBe(/<meta name="description" content="([^"]*)"/.exec(soil)![1]);
    expect(meta(soil, 'og:site_name')).toBe('حديقة صغيرة');
    expect(meta(soil, 'og:locale')).toBe('ar');
    expect(meta(soil, 'og:locale:alternate')).toBe('en');
    expect(meta(soil, 'og:image')).toBe('https://garden-club.org/ar/preview/basics.png');
    expect(meta(soil, 'twitter:card')).toBe('summary_large_image');
    const images = new Set(pages.filter((p) => !standsIn(p)).map((p) => meta(p.html, 'og:image')!));
    expect([...images].sort()).toEqual(['ar', 'en'].flatMap((lang) => ['basics', 'directory', 'home', 'more'].map((name) => `${REAL}${lang}/preview/${name}.png`)).sort());
    for (const image of images) {
      const { width, height, bytes } = pngSize(path.join(build.dist, new URL(image).pathname));
      expect({ width, height }, image).toEqual({ width: 1200, height: 630 });
      expect(bytes, image).toBeLessThan(100_000);
    }
  });

  test('every page with a breadcrumb trail gives it as BreadcrumbList, ending with the page itself', () => {
    const withTrail = pages.filter((p) => p.html.includes('<nav class="crumbs"'));
    expect(withTrail.length).toBeGreaterThan(10);
    for (const page of withTrail) {
      const shown = [.../<nav class="crumbs"[^>]*>([\s\S]*?)<\/nav>/.exec(page.html)![1]!.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map(([, href, label]) => ({ href, label }));
      const [list] = jsonLd(page.html).filter((d) => d['@type'] === 'BreadcrumbList');
      expect(list, page.path).toEqual({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          ...shown.map(({ href, label }, i) => ({ '@type': 'ListItem', position: i + 1, name: label, item: new URL(href!, REAL).href })),
          { '@type': 'ListItem', position: shown.length + 1, name: /<h1>([^<]+)<\/h1>/.exec(page.html)![1] },
        ],
      });
    }
  });

  test('an article is an Article with the day its page shows as updated, its language and the publisher', () => {
    const articles = pages.filter((p) => /^\/(en|ar)\/(basics|more)\/[a-z-]+\/$/.test(p.path));
    expect(articles).toHaveLength(6);
    for (const page of articles) {
      const [article] = jsonLd(page.html).filter((d) => d['@type'] === 'Article');
      expect(article, page.path).toEqual({
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: /<h1>([^<]+)<\/h1>/.exec(page.html)![1],
        dateModified: [.../<article[\s\S]*?<\/article>/.exec(page.html)![0].matchAll(/<time datetime="([^"]+)"/g)].at(-1)![1],
        // An untranslated article is shown in the source language, and says so: <article lang="en">.
        inLanguage: (/<article[^>]*\slang="([^"]+)"/.exec(page.html) ?? /<html lang="([^"]+)"/.exec(page.html))![1],
        mainEntityOfPage: new URL(page.path, REAL).href,
        publisher: { '@type': 'Organization', name: 'Town Garden Club' },
      });
    }
    expect(jsonLd(pages.find((p) => p.path === '/ar/basics/water/')!.html).find((d) => d['@type'] === 'Article')!.inLanguage, 'an article not translated yet').toBe('en');
    expect(pages.filter((p) => !articles.includes(p)).flatMap((p) => jsonLd(p.html)).filter((d) => d['@type'] === 'Article')).toEqual([]);
  });
});

describe('with the placeholder address', () => {
  let build: FixtureBuild;
  let pages: BuiltPage[];
  beforeAll(() => {
    build = buildFixture();
    expect(build.status, build.output).toBe(0);
    pages = builtPages(build.dist);
  }, 120_000);
  afterAll(() => fs.rmSync(build.dir, { recursive: true, force: true }));

  test('no page gives an address: no canonical, og:url, og:image or breadcrumb addresses', () => {
    for (const { path: at, html } of pages) {
      expect(canonical(html), at).toBeUndefined();
      expect(meta(html, 'og:url'), at).toBeUndefined();
      expect(meta(html, 'og:image'), at).toBeUndefined();
      expect(meta(html, 'twitter:card'), at).toBe('summary');
      expect(jsonLd(html).filter((d) => d['@type'] === 'BreadcrumbList'), at).toEqual([]);
      expect(meta(html, 'og:title'), at).toBeTruthy();
    }
    const soil = pages.find((p) => p.path === '/en/basics/soil/')!.html;
    expect(jsonLd(soil)).toEqual([{ '@context': 'https://schema.org', '@type': 'Article', headline: 'Soil', dateModified: '2026-01-10', inLanguage: 'en', publisher: { '@type': 'Organization', name: 'Town Garden Club' } }]);
  });

  test('no sitemap and no preview images; robots.txt without a Sitemap line; the build says so once', () => {
    expect(fs.existsSync(path.join(build.dist, 'sitemap.xml'))).toBe(false);
    expect(fs.existsSync(path.join(build.dist, 'en/preview'))).toBe(false);
    expect(fs.readFileSync(path.join(build.dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    expect(build.output.match(/placeholder/g)).toHaveLength(1);
  });

  test('each language still has its manifest and the icons, and its offline save holds them', () => {
    for (const lang of ['en', 'ar']) {
      const manifest = JSON.parse(fs.readFileSync(path.join(build.dist, lang, 'manifest.webmanifest'), 'utf8')) as { name: string; lang: string; icons: { src: string; sizes: string }[] };
      expect(manifest.lang).toBe(lang);
      expect(manifest.name).toBe(lang === 'en' ? 'Small Garden' : 'حديقة صغيرة');
      for (const icon of manifest.icons) {
        const file = path.join(build.dist, lang, icon.src);
        const { width, height } = pngSize(file);
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
      const saved = languageFiles(build.dist, lang, pagefindCacheTag(build.dist)).pages;
      expect(saved).toEqual(expect.arrayContaining([`${lang}/manifest.webmanifest`, 'icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png', `${lang}/index.html`]));
      expect(saved).not.toContain(`${lang === 'en' ? 'ar' : 'en'}/manifest.webmanifest`);
    }
    for (const page of pages) expect(page.html, page.path).toMatch(new RegExp(`<link rel="manifest" href="(\\./|(\\.\\./)+|/)${/<html lang="([^"]+)"/.exec(page.html)![1]}/manifest.webmanifest">`));
  });
});

test("parts.previews false: a real address, but no preview images and no og:image; a site's own icon.svg draws the icons", () => {
  const build = buildFixture({
    edit: (content) => {
      withUrl(REAL)(content);
      fs.appendFileSync(path.join(content, 'site.yaml'), 'parts:\n  previews: false\n');
      fs.writeFileSync(path.join(content, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#ffdd00"/></svg>');
    },
  });
  try {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('preview images not made (site.yaml parts.previews is false)');
    expect(fs.existsSync(path.join(build.dist, 'en/preview'))).toBe(false);
    const soil = fs.readFileSync(path.join(build.dist, 'en/basics/soil/index.html'), 'utf8');
    expect(meta(soil, 'og:image')).toBeUndefined();
    expect(meta(soil, 'twitter:card')).toBe('summary');
    expect(canonical(soil)).toBe('https://garden-club.org/en/basics/soil/');
    expect(build.output).toMatch(/icons from \S*content\/icon\.svg/);
    // The middle of every icon is the site's yellow square, on the header's green.
    for (const file of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png']) {
      const { width, rgba } = decodePng(fs.readFileSync(path.join(build.dist, file)));
      const middle = (width / 2) * width + width / 2;
      expect([...rgba.subarray(middle * 4, middle * 4 + 4)], file).toEqual([0xff, 0xdd, 0x00, 0xff]);
      expect([...rgba.subarray(0, 4)], file).toEqual([0x0f, 0x51, 0x32, 0xff]);
    }
  } finally {
    fs.rmSync(build.dir, { recursive: true, force: true });
  }
}, 120_000);
