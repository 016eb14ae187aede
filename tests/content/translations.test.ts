// Every language of this guide has every page of the source language, translated from its current
// version: no reader is handed an English page, or a translation of text that has since changed.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadSiteConfig } from '../../src/core/site-config.ts';

const content = path.resolve('content');
const site = loadSiteConfig(content);
const articles = (lang: string) =>
  fs
    .readdirSync(path.join(content, lang), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort();
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1]!) as { updated: string; translation?: { status: string; follows?: string } };
const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

const source = articles(site.defaultLanguage);

test('the source language has pages to translate', () => {
  expect(source.length).toBeGreaterThan(40);
});

describe.each(site.languages.map((l) => l.code).filter((code) => code !== site.defaultLanguage))('%s', (lang) => {
  test('has every page of the source language (no page shown untranslated)', () => {
    expect(source.filter((file) => !fs.existsSync(path.join(content, lang, file)))).toEqual([]);
  });

  test('every translation follows the current version of its source page (none stale)', () => {
    const stale = source.flatMap((file) => {
      const translated = path.join(content, lang, file);
      if (!fs.existsSync(translated)) return [];
      const original = day(frontMatter(path.join(content, site.defaultLanguage, file)).updated);
      const follows = frontMatter(translated).translation?.follows;
      return follows !== undefined && day(follows) >= original ? [] : [`${lang}/${file}: follows ${follows === undefined ? 'nothing' : day(follows)}, source updated ${original}`];
    });
    expect(stale).toEqual([]);
  });
});
