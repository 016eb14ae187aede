import { expect, test } from 'vitest';
import { instantSearch, normalise, prepare, rewordQuery, type InstantPage } from '../../../src/search/instant.ts';
import { readerWordsFor, synonymMap } from '../../../src/search/synonyms.ts';

const pages: InstantPage[] = [
  ['/en/tomatoes/', 'Growing tomatoes', 'Sun, water and a stake.', 'tomato, vine', 'Water · Stakes', 'en_1'],
  ['/en/compost/', 'Making compost', 'Kitchen waste becomes soil.', 'compost heap', 'What to add', 'en_2'],
  ['/en/water/', 'How often to water', 'Water when the soil is dry.', 'watering can', 'Morning or evening', 'en_3'],
];
const groups = [
  { means: 'compost', words: ['kompost', 'muck heap'] },
  { means: 'tomatoes', words: ['nyanya'] },
];
const synonyms = synonymMap(groups);
const search = (q: string) => instantSearch(prepare({ pages, synonyms }), synonyms, q, 3).map((h) => h.url);

test('normalise drops case, accents and punctuation', () => {
  expect(normalise("Ann-Marie's Café!")).toBe('ann marie s cafe');
});

test('a title match ranks above a summary match', () => {
  expect(search('water')[0]).toBe('/en/water/');
});

test('the last word typed matches as a prefix, so results come while typing', () => {
  expect(search('tom')[0]).toBe('/en/tomatoes/');
});

test('one wrong letter in a longer word still finds the page', () => {
  expect(search('compast')[0]).toBe('/en/compost/');
});

test("a reader's word finds the page that uses the guide's word", () => {
  expect(rewordQuery('muck heap please', synonyms)).toBe('compost please');
  expect(search('muck heap')[0]).toBe('/en/compost/');
  expect(search('nyanya')[0]).toBe('/en/tomatoes/');
});

test('a word no page knows does not empty the results', () => {
  expect(search('compost zzzz')[0]).toBe('/en/compost/');
  expect(search('zzzz')).toEqual([]);
});

test("the readers' words are added to pages that use the guide's words", () => {
  expect(readerWordsFor('Making compost at home', groups)).toEqual(['kompost', 'muck heap']);
  expect(readerWordsFor('Water', groups)).toEqual([]);
});
