import { describe, expect, test } from 'vitest';
import { clashingOrders, neighbours, readingOrder } from '../../../src/articles/reading-order.ts';
import { articleHref } from '../../../src/core/hrefs.ts';

const entry = (id: string, section: string, order: number, title = id) => ({ id, data: { section, order, title } });
const sections = ['start', 'steps', 'help'];

describe('readingOrder', () => {
  test('sorts by section as site.yaml lists them, then by order', () => {
    const sorted = readingOrder(
      [entry('en/help/a', 'help', 1), entry('en/steps/b', 'steps', 2), entry('en/steps/c', 'steps', 1), entry('en/start/d', 'start', 1)],
      sections,
    );
    expect(sorted.map((e) => e.id)).toEqual(['en/start/d', 'en/steps/c', 'en/steps/b', 'en/help/a']);
  });
});

describe('clashingOrders', () => {
  test('finds two articles of one language in the same place', () => {
    const [clash] = clashingOrders([entry('en/steps/a', 'steps', 1), entry('en/steps/b', 'steps', 1)]);
    expect(clash?.map((e) => e.id)).toEqual(['en/steps/a', 'en/steps/b']);
  });
  test('lets two languages use the same place', () => {
    expect(clashingOrders([entry('en/steps/a', 'steps', 1), entry('sw/steps/a', 'steps', 1)])).toEqual([]);
  });
});

describe('neighbours', () => {
  const list = [entry('a', 's', 1), entry('b', 's', 2), entry('c', 's', 3)];
  test('gives the previous and next article', () => {
    const { previous, next } = neighbours(list, 'b');
    expect([previous?.id, next?.id]).toEqual(['a', 'c']);
  });
  test('has no previous for the first and no next for the last', () => {
    expect(neighbours(list, 'a').previous).toBeUndefined();
    expect(neighbours(list, 'c').next).toBeUndefined();
  });
});

test('articleHref turns an id into its address', () => {
  expect(articleHref('en/start/is-this-your-screen')).toBe('/en/start/is-this-your-screen/');
});
