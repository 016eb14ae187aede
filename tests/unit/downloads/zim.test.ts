// The Kiwix file's rules that need no build: each language's ISO 639-3 code, and a clear stop when
// the tool that writes the file is missing.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadSiteConfig } from '../../../src/core/site-config.ts';
import { downloadsStep } from '../../../src/downloads/index.ts';
import { kiwixLanguage } from '../../../src/downloads/zim.ts';
import { wordsFromDisk } from '../../../src/i18n/words.ts';

describe('kiwixLanguage', () => {
  test("the engine's languages have their ISO 639-3 codes; a site may name one the engine lacks", () => {
    expect(['en', 'sw', 'fr', 'es', 'pt-BR', 'hi', 'id', 'fil', 'ar'].map((code) => kiwixLanguage({ code }))).toEqual(['eng', 'swa', 'fra', 'spa', 'por', 'hin', 'ind', 'fil', 'ara']);
    expect(kiwixLanguage({ code: 'yo', iso639_3: 'yor' })).toBe('yor');
  });

  test('a language without one stops the Kiwix file, naming the language and the field to add', () => {
    expect(() => kiwixLanguage({ code: 'yo' })).toThrow(/language "yo" has no ISO 639-3 code[\s\S]*Add iso639_3 to it under languages/);
  });
});

test('without zimwriterfs the build stops with one line naming the package to install, and how to build without Kiwix files', async () => {
  const contentDir = path.resolve('tests/fixtures/site/content');
  const context = { site: loadSiteConfig(contentDir), contentDir, words: (lang: string) => wordsFromDisk(contentDir, lang), log: { info: () => {}, warn: () => {} } };
  const saved = process.env.PATH;
  process.env.PATH = path.resolve('tests/fixtures'); // a folder with no programs in it
  try {
    await expect(downloadsStep('/nonexistent', context)).rejects.toThrow(/zimwriterfs, which is missing\.\n {2}Install it \(Debian or Ubuntu: apt-get install zim-tools\),\n {2}or build without them: LOCKGUIDE_ZIM=off/);
  } finally {
    process.env.PATH = saved;
  }
});
