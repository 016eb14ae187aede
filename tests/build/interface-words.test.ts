// Every language the engine ships words for has every key English has, with the same placeholders.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { missingKeys } from '../../src/i18n/words.ts';

type Tree = { [key: string]: string | Tree };
const read = (lang: string) => JSON.parse(fs.readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Tree;
const english = read('en');
const others = fs.readdirSync('src/i18n').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).filter((lang) => lang !== 'en');

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the engine ships words for more than English', () => {
  expect(others.length).toBeGreaterThan(0);
});

describe.each(others)('src/i18n/%s.json', (lang) => {
  const words = read(lang);
  test('has every key English has', () => expect(missingKeys(english, words)).toEqual([]));
  test('keeps every placeholder of every string', () => {
    const theirs = new Map(leaves(words));
    for (const [key, text] of leaves(english)) expect(placeholders(theirs.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});
