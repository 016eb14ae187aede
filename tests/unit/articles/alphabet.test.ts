import { expect, test } from 'vitest';
import { azParts, byFirstLetter, joinLetters } from '../../../src/articles/alphabet.ts';

test('groups titles by first letter, ignoring case and accents', () => {
  const groups = byFirstLetter([{ title: 'banks' }, { title: 'Apps' }, { title: 'Écran' }, { title: 'email' }], 'fr');
  expect(groups.map((g) => [g.letter, g.entries.map((e) => e.title)])).toEqual([
    ['A', ['Apps']],
    ['B', ['banks']],
    ['É', ['Écran', 'email']],
  ]);
});

test('a long A–Z splits into pages by letter, a long letter into numbered parts', () => {
  const entries = [...Array.from({ length: 5 }, (_, i) => ({ title: `Apple ${i}` })), { title: 'Écran' }, { title: 'क' }, { title: 'Banana' }];
  const parts = azParts(byFirstLetter(entries, 'fr'), (letter) => Math.ceil(letter.length / 2));
  expect(parts.map((p) => [p.slug, p.label, p.entries.length])).toEqual([
    ['a', 'A 1/3', 2],
    ['a-2', 'A 2/3', 2],
    ['a-3', 'A 3/3', 1],
    ['b', 'B', 1],
    ['e', 'É', 1],
    ['u915', 'क', 1],
  ]);
});

test('parts share a letter evenly and none is empty', () => {
  const entries = Array.from({ length: 9 }, (_, i) => ({ title: `Apple ${i}` }));
  expect(azParts(byFirstLetter(entries, 'en'), () => 4).map((p) => p.entries.length)).toEqual([3, 3, 3]);
});

test('whole letters that fit one page together are joined; a split letter stays as it is', () => {
  const entries = [...['Apple', 'Avocado', 'Banana', 'Cherry', 'Date', 'Elder', 'Fig'].map((title) => ({ title })), ...Array.from({ length: 4 }, (_, i) => ({ title: `Grape ${i}` }))];
  const letters = azParts(byFirstLetter(entries, 'en'), (letter) => (letter.length > 3 ? 2 : 1));
  const pages = joinLetters(letters, (list) => list.length <= 3);
  expect(pages.map((p) => [p.slug, p.label, p.entries.length])).toEqual([
    ['a', 'A–B', 3],
    ['c', 'C–E', 3],
    ['f', 'F', 1],
    ['g', 'G 1/2', 2],
    ['g-2', 'G 2/2', 2],
  ]);
});
