// Screen files and their drawings: what a screen file may say (every drawn word has a source, only
// known elements), that every language gives every word, and that a drawing is small, names itself,
// draws a [placeholder] as a grey box and never as text.
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { validateYaml } from '../../../src/core/yaml.ts';
import { screenSchema } from '../../../src/screens/schema.ts';
import { drawScreen, drawnHeight, languageScreens, loadScreens, SCREEN_ROOM } from '../../../src/screens/index.ts';
import { loadSiteConfig } from '../../../src/core/site-config.ts';

const screenFile = (elements: string) => `label: A screen\npage: basics/soil\norder: 1\nsources: [https://example.org/]\nelements:\n${elements}`;
const problems = (elements: string) => {
  const result = validateYaml(screenFile(elements), screenSchema);
  return result.ok ? [] : result.problems;
};

describe('a screen file', () => {
  test('takes shapes alone, counted shapes, and words with their source', () => {
    const result = validateYaml(screenFile('  - padlock\n  - lines: 3\n  - title: "Hello"\n    source: https://example.org/a\n  - button\n'), screenSchema);
    expect(result.ok && result.data.elements).toEqual([
      { kind: 'padlock', count: 1 },
      { kind: 'lines', count: 3 },
      { kind: 'title', text: 'Hello', source: 'https://example.org/a', count: 1 },
      { kind: 'button', count: 1 },
    ]);
  });

  test('a word without a source is refused, at its line and field', () => {
    expect(problems('  - padlock\n  - message: "Words"\n')).toEqual([expect.stringMatching(/^line 7, field "elements\.1\.source": a word drawn on a screen needs the page that quotes it — add `source:`/)]);
  });

  test('an unknown element is refused and the known ones listed', () => {
    expect(problems('  - speaker\n')).toEqual([expect.stringMatching(/^line 6, field "elements\.0\.speaker": "speaker" is not an element a screen can draw — use one of title, message, button, lines/)]);
  });

  test('a shape takes no source, a count only where it counts, and a [name] only at the end of a button', () => {
    expect(problems('  - padlock:\n    source: https://example.org/\n')).toEqual([expect.stringContaining('field "elements.0.source": only an element with words has a source')]);
    expect(problems('  - lines: 9\n')).toEqual([expect.stringContaining('field "elements.0.lines": takes how many to draw, a whole number from 1 to 6')]);
    expect(problems('  - padlock: 2\n')).toEqual([expect.stringContaining('field "elements.0.padlock": takes no value')]);
    expect(problems('  - button: "[who] here"\n    source: https://example.org/\n')).toEqual([expect.stringContaining('a [name] can only come last')]);
    expect(problems('  - title: "Hi"\n    source: http://example.org/\n')).toEqual([expect.stringContaining('field "elements.0.source": must be an https address')]);
  });
});

const content = 'content';
const site = loadSiteConfig(content);
const screens = loadScreens(content);

describe("the guide's screens", () => {
  test('there are twelve, each fits on its device', () => {
    expect(screens).toHaveLength(12);
    for (const screen of screens) expect(drawnHeight(screen.elements), screen.id).toBeLessThanOrEqual(SCREEN_ROOM);
  });

  test.each(site.languages.map((l) => l.code))('%s gives every screen its label and words', (lang) => {
    const local = languageScreens(content, lang, site, screens);
    expect(local).toHaveLength(12);
    for (const screen of local) expect(screen.localLabel.length, screen.id).toBeGreaterThan(0);
    // A name may stay as it is ("Apple Activation Lock" in Filipino); most labels are translated.
    const translated = local.filter((screen) => screen.localLabel !== screen.label).length;
    expect(translated).toBeGreaterThanOrEqual(lang === site.defaultLanguage ? 0 : 9);
  });

  test.each(screens.map((s) => s.id))('%s: its drawing is at most 1,500 bytes gzipped, as on a page in another language', (id) => {
    const screen = screens.find((s) => s.id === id)!;
    const svg = drawScreen(screen.elements, { title: `${screen.label}. ${'Words a translation writes. '.repeat(4)}`, words: { lang: 'en', dir: 'ltr' } });
    expect(gzipSync(svg).length).toBeLessThanOrEqual(1500);
  });
});

describe('a drawing', () => {
  const svg = drawScreen(
    [
      { kind: 'title', text: 'Settings of <this> phone', source: 'https://example.org/', count: 1 },
      { kind: 'message', text: 'Given by [provider]', source: 'https://example.org/', count: 1 },
      { kind: 'button', text: 'Call [provider]', source: 'https://example.org/', count: 1 },
    ],
    { title: 'A screen', words: { lang: 'en', dir: 'ltr' } },
  );

  test('is an image named by its own title, with no id, no script and no outside reference', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*><title>A screen<\/title>/);
    expect(svg).not.toMatch(/<script|href=|url\(|xlink| id=/);
  });

  test('its words are text nodes in their own language, escaped, and a [placeholder] is a box, never text', () => {
    const texts = [...svg.matchAll(/<text [^>]*lang="en"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(['Settings of', '&lt;this&gt; phone', 'Given by', 'Call']);
    expect(svg).not.toContain('provider');
    expect(svg.match(/<rect [^>]*fill-opacity=".3"/g)).toHaveLength(2);
  });

  test('uses only the text colour, so dark mode and print follow the page', () => {
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|fill="(?!none|currentColor)/i);
  });
});
