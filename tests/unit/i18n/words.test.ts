import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { interfaceWords, missingKeys } from '../../../src/i18n/words.ts';

const engine = { en: { home: 'Home', search: { title: 'Search results', none: 'Nothing' } }, fr: { home: 'Accueil', search: { title: 'Résultats', none: 'Rien' } } };

test('missingKeys names nested keys a language lacks', () => {
  expect(missingKeys(engine.en, { home: 'Casa', search: { title: 'Resultados' } })).toEqual(['search.none']);
  expect(missingKeys(engine.en, { home: 'Casa', search: 'x' })).toEqual(['search']);
});

test("a site's strings.json adds a language the engine lacks, and can change the engine's words", () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-words-'));
  fs.mkdirSync(path.join(content, 'ar'));
  fs.writeFileSync(path.join(content, 'ar', 'strings.json'), JSON.stringify({ home: 'الرئيسية', search: { title: 'النتائج', none: 'لا شيء' } }));
  fs.mkdirSync(path.join(content, 'fr'));
  fs.writeFileSync(path.join(content, 'fr', 'strings.json'), JSON.stringify({ home: 'Début' }));
  expect(interfaceWords(engine, content, 'ar').home).toBe('الرئيسية');
  expect(interfaceWords(engine, content, 'fr')).toEqual({ home: 'Début', search: { title: 'Résultats', none: 'Rien' } });
});

test('a language missing words stops with the file and the keys', () => {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-words-'));
  fs.mkdirSync(path.join(content, 'ar'));
  fs.writeFileSync(path.join(content, 'ar', 'strings.json'), JSON.stringify({ home: 'الرئيسية' }));
  expect(() => interfaceWords(engine, content, 'ar')).toThrow(/ar\/strings\.json[\s\S]*lack 1 key\(s\): search$/m);
  expect(() => interfaceWords(engine, content, 'sw')).toThrow(/sw\/strings\.json[\s\S]*lack 2 key\(s\): home, search/);
});
