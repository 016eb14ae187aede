// Byte budgets of the built site: every page must arrive whole in the first round trip.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../../src/core/paths.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { builtPages, distDir } from '../helpers/built-site.ts';

const pages = builtPages();

test('the build has the home page, an A–Z page, a 404 page and articles', () => {
  const paths = pages.map((p) => p.path);
  expect(paths).toEqual(expect.arrayContaining(['/', '/en/', '/en/a-z/', '/404.html']));
  expect(paths.filter((p) => p.split('/').length === 5).length).toBeGreaterThanOrEqual(5);
});

const site = loadSiteConfig(contentDir);
const languages = site.languages.map(({ code }) => code);
/** The one pack of a part of a language's save, as written at build, and its brotli file's size. */
function pack(lang: string, part: 'pages' | 'full-text'): { file: string; bytes: number } {
  const dir = path.join(distDir, 'offline');
  const name = fs.readdirSync(dir).filter((file) => file.startsWith(`${lang}.${part}.`) && file.endsWith('.pack'));
  expect(name, `one ${part} pack for ${lang}`).toHaveLength(1);
  return { file: path.join(dir, name[0]!), bytes: fs.statSync(path.join(dir, `${name[0]}.br`)).size };
}

test.each(languages)('%s: a full save of the language is one pack within its budget', (lang) => {
  // Bytes sent (brotli): 130 kB for the source language, 150 kB for a translation (words run longer in
  // most languages, and Devanagari takes three bytes a letter). Until packs: 651–741 kB in 130 files.
  const max = lang === site.defaultLanguage ? 130_000 : 150_000;
  expect(pack(lang, 'pages').bytes).toBeLessThanOrEqual(max);
});

/** Each language's full-text files fetched one by one, before packs (brotli, December 2026). */
const FULL_TEXT_BEFORE: Record<string, number> = { en: 172_000, sw: 135_000, fr: 204_000, es: 193_000, 'pt-BR': 191_000, hi: 217_000, id: 185_000, fil: 145_000 };

test.each(languages)('%s: the full-text search is one pack, smaller than its files were one by one', (lang) => {
  expect(pack(lang, 'full-text').bytes).toBeLessThan(FULL_TEXT_BEFORE[lang]!);
});

test.each(languages)('%s: a first visit fetches at most 8 kB more than the page unasked (the worker and the offline page)', (lang) => {
  const sizes = ['sw.js', `${lang}/offline/index.html`].map((file) => fs.statSync(path.join(distDir, `${file}.br`)).size);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8_000);
});

test.each(languages)('%s: the offline interface script (save box, update offer) is at most 2.5 kB', (lang) => {
  expect(fs.statSync(path.join(distDir, `offline/ui.${lang}.js.br`)).size).toBeLessThanOrEqual(2_500);
});

describe.each(pages)('$path', ({ html }) => {
  test('is at most 14,336 bytes gzipped (14 KB), CSS included: the first round trip', () => {
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(14_336);
  });

  test('needs no other request to render: CSS inline, no stylesheet link, no blocking script', () => {
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/i);
    for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
      if (tag.includes('type="application/ld+json"')) continue; // data for search engines, never run
      expect(tag, 'a script must be a module or deferred').toMatch(/type="module"|\bdefer\b|\basync\b/);
    }
  });

  test('uses only CSS that Opera Mini and KaiOS 2.5 understand', () => {
    const css = html.match(/<style>([^<]*)<\/style>/)?.[1] ?? '';
    expect(css).not.toMatch(/var\(--/); // custom properties
    expect(css).not.toMatch(/\((?:min-|max-)?width\s*[<>]/); // media query ranges such as (width<=36em)
    expect(css).not.toMatch(/:(?:is|where|has)\(/);
  });

  test('loads nothing from another origin', () => {
    // Elements that make the browser fetch something (a <link rel="alternate"> or "canonical" only names a page).
    const resources = [...html.matchAll(/<(?:img|script|iframe|source|video|audio|link(?![^>]*rel="(?:alternate|canonical)"))\b[^>]*\b(?:src|href)="([^"]+)"/gi)];
    for (const [, url] of resources) expect(url).not.toMatch(/^(https?:)?\/\//);
  });
});
