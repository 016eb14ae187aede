import { expect, test } from 'vitest';
import { byFirstLetter } from '../../src/lib/alphabet.ts';

test('groups titles by first letter, ignoring case and accents', () => {
  const groups = byFirstLetter([{ title: 'banks' }, { title: 'Apps' }, { title: 'Écran' }, { title: 'email' }], 'fr');
  expect(groups.map((g) => [g.letter, g.entries.map((e) => e.title)])).toEqual([
    ['A', ['Apps']],
    ['B', ['banks']],
    ['É', ['Écran', 'email']],
  ]);
});
