// The directory's prose in another language: translated where a translation exists, the source
// text (marked as such) where not, and translations of texts the source no longer has listed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadDirectory } from '../../../src/directory/load.ts';
import { languageDirectory, proseOf, sourceLanguageOf } from '../../../src/directory/translations.ts';
import { loadSiteConfig } from '../../../src/core/site-config.ts';

const fixture = path.resolve('tests/fixtures/site/content');

function arabic(contentDir = fixture) {
  const site = loadSiteConfig(contentDir);
  return languageDirectory(contentDir, 'ar', site, loadDirectory(contentDir, site.directory!));
}

test('prose is the summary, the facts and each channel’s note, hours and warning; names and numbers are not', () => {
  const site = loadSiteConfig(fixture);
  const shop = loadDirectory(fixture, site.directory!).organisations.find((o) => o.id === 'green-seeds')!;
  expect(proseOf(shop)).toEqual(['A seed shop.', 'It sells seeds in paper bags.']);
});

test('a translated text replaces the source; an untranslated one stays, marked in the source language', () => {
  const { organisations, untranslated, stale } = arabic();
  const shop = organisations.find((o) => o.id === 'green-seeds')!;
  expect(shop.summary).toBe('متجر بذور.');
  expect(sourceLanguageOf(shop, shop.summary)).toEqual({});
  expect(shop.facts[0]!.text).toBe('It sells seeds in paper bags.');
  expect(sourceLanguageOf(shop, shop.facts[0]!.text)).toEqual({ lang: 'en', dir: 'ltr' });
  expect(untranslated).toBeGreaterThan(0);
  expect(stale).toEqual([]);
});

test('a translation of a text the source has changed is listed as stale, and not shown', () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-translations-'));
  fs.cpSync(fixture, copy, { recursive: true });
  const file = path.join(copy, 'data', 'shops', 'green-seeds.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('summary: A seed shop.', 'summary: A seed and tool shop.'));
  const { organisations, stale } = arabic(copy);
  expect(organisations.find((o) => o.id === 'green-seeds')!.summary).toBe('A seed and tool shop.');
  expect(stale).toEqual([{ file: expect.stringContaining('ar/data/shops/green-seeds.yaml'), text: 'A seed shop.' }]);
});

test('an edition for one country keeps that country’s organisations, countries and channels only', () => {
  const site = loadSiteConfig(fixture);
  const directory = loadDirectory(fixture, { ...site.directory!, countries: ['UG'] });
  expect(directory.organisations.map((o) => o.id)).toEqual(['town-council']);
  expect(directory.organisations[0]!.countries).toEqual(['UG']);
  expect([...directory.countries.keys()]).toEqual(['UG']);
});
