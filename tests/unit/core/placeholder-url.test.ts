// Which site addresses count as placeholders: the reserved names, and nothing that merely looks like them.
import { describe, expect, it } from 'vitest';
import { isPlaceholderUrl } from '../../../src/core/placeholder-url.ts';

describe('isPlaceholderUrl', () => {
  it.each([
    'https://lockguide.example/',
    'https://guide.test/',
    'https://a.b.invalid/x/',
    'https://localhost/',
    'https://localhost:4321/',
    'https://app.localhost/',
    'https://example.com/',
    'https://www.example.org/guide/',
    'https://EXAMPLE.NET/',
    'https://lockguide.example./',
  ])('%s is a placeholder', (url) => expect(isPlaceholderUrl(url)).toBe(true));

  it.each([
    'https://lockguide.org/',
    'https://example.co.ke/',
    'https://myexample.com/',
    'https://example.community/',
    'https://testing.org/',
    'https://guide.examples/',
  ])('%s is a real address', (url) => expect(isPlaceholderUrl(url)).toBe(false));
});
