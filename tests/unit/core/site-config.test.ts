import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadSiteConfig } from '../../../src/core/site-config.ts';
import { SITE_SCHEMA_FILE, siteJsonSchema } from '../../../src/schemas/json-schema.ts';

function contentWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-config-'));
  fs.cpSync('tests/fixtures/site/content', dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

test('loads the fixture site with its languages and section names', () => {
  const config = loadSiteConfig('tests/fixtures/site/content');
  expect(config.sections).toEqual(['basics', 'more']);
  expect(config.languages).toEqual([
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'ar', name: 'العربية', dir: 'rtl' },
  ]);
  expect(config.languageSites.en?.sections.basics?.title).toBe('Basics');
});

test('a default language that is not among the languages names the field', () => {
  const dir = contentWith({ 'site.yaml': fs.readFileSync('tests/fixtures/site/content/site.yaml', 'utf8').replace('defaultLanguage: en', 'defaultLanguage: fr') });
  expect(() => loadSiteConfig(dir)).toThrow(/site\.yaml[\s\S]*field "defaultLanguage": "fr" is not in languages/);
});

test('a language edition missing a section title names the file and the field', () => {
  const dir = contentWith({ 'en/site.yaml': fs.readFileSync('tests/fixtures/site/content/en/site.yaml', 'utf8').replace(/ {2}more:\n.*\n.*\n/, '') });
  expect(() => loadSiteConfig(dir)).toThrow(/en\/site\.yaml[\s\S]*field "sections\.more"/);
});

test('broken YAML is reported with its file', () => {
  const dir = contentWith({ 'site.yaml': 'url: [unclosed' });
  expect(() => loadSiteConfig(dir)).toThrow(/site\.yaml[\s\S]*is not valid YAML/);
});

test('src/schemas/site.schema.json, the help editors show for site.yaml, matches the schema (npm run site-schema)', () => {
  expect(fs.readFileSync(SITE_SCHEMA_FILE, 'utf8')).toBe(siteJsonSchema());
});
