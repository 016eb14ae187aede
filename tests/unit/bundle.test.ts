import { expect, test } from 'vitest';
import { pageForDisk, relativeLink } from '../../src/lib/bundle.ts';

test('links become relative and name index.html', () => {
  expect(relativeLink('en/a/b/index.html', '/en/c/')).toBe('../../c/index.html');
  expect(relativeLink('en/a/b/index.html', '/en/c/#step-2')).toBe('../../c/index.html#step-2');
  expect(relativeLink('index.html', '/en/')).toBe('en/index.html');
  expect(relativeLink('en/index.html', '/')).toBe('../index.html');
  expect(relativeLink('en/index.html', '/search/ui.js')).toBe('../search/ui.js');
});

test('a page for disk loses its service worker, keeps other scripts, links inside or to the live site', () => {
  const html =
    '<script type="module">load("search/ui.js")</script><a href="/en/x/">x</a><a href="/fr/">fr</a>' +
    '<form action="/en/a-z/"></form><a href="https://example.org/">out</a><script type="module">if ("serviceWorker" in navigator) {}</script>';
  const held = new Set(['en/x/index.html', 'en/a-z/index.html']);
  expect(pageForDisk(html, 'en/index.html', held, 'https://guide.example/')).toBe(
    '<script type="module">load("search/ui.js")</script><a href="x/index.html">x</a><a href="https://guide.example/fr/">fr</a>' +
      '<form action="a-z/index.html"></form><a href="https://example.org/">out</a>',
  );
});
