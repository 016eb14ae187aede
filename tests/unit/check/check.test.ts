import { expect, test } from 'vitest';
import { placeArticle } from '../../../src/articles/place.ts';
import { bodyLinks, insecureAddresses } from '../../../src/check/body-links.ts';
import { withFix } from '../../../src/check/fixes.ts';
import { headingIds, headingProblems, headingsIn } from '../../../src/check/headings.ts';
import { readMdx } from '../../../src/check/mdx-source.ts';
import { linkProblem, type SitePages } from '../../../src/check/site-pages.ts';

const mdx = (body: string) => readMdx(`---\ntitle: T\n---\n${body}`);

test('front matter is split off with the line it starts on; the body keeps its file lines', () => {
  const source = mdx('\n## A\n');
  expect(source.frontMatter).toEqual({ text: 'title: T', firstLine: 2 });
  expect(source.bodyLine).toBe(4);
  expect(headingsIn(source)).toEqual([{ line: 5, depth: 2, text: 'A' }]);
  expect(readMdx('## No front matter').frontMatter).toBeUndefined();
});

test('code is not read as markup: fenced blocks and inline code', () => {
  const source = mdx('\n```md\n# Not a heading\n[x](/nowhere/) http://example.org\n```\n\nType `[x](/nowhere/)` and `<img src="a.png">`.\n');
  expect(headingsIn(source)).toEqual([]);
  expect(bodyLinks(source)).toEqual([]);
  expect(insecureAddresses(source)).toEqual([]);
});

test('headings: ATX with closing hashes, setext, HTML; ids as the build slugs them', () => {
  const source = mdx('\n## Device *Lock* ##\n\nKnox [Guard](/en/x/)\n---\n\n<h3>Raw</h3>\n\n## Device Lock\n\n### लोन कंपनी (Lender)\n\n- a list item\n---\n');
  const headings = headingsIn(source);
  expect(headings.map((h) => [h.line, h.depth, h.text])).toEqual([
    [5, 2, 'Device Lock'],
    [7, 2, 'Knox Guard'],
    [10, 3, undefined],
    [12, 2, 'Device Lock'],
    [14, 3, 'लोन कंपनी (Lender)'],
  ]);
  expect(headingIds(headings)).toEqual(['device-lock', 'knox-guard', 'device-lock-1', 'लोन-कंपनी-lender']);
});

test('body headings start at ## and never skip a level; # belongs to the title', () => {
  const problems = (body: string) => headingProblems('a.mdx', headingsIn(mdx(body))).map((p) => p.text);
  expect(problems('\n## A\n### B\n## C\n### D\n#### E\n')).toEqual([]);
  expect(problems('\n# A\n')).toEqual(['line 5: a level 1 heading (#) in the body: the page title is the only one — make it ## (or put its words in "title")']);
  expect(problems('\n### A\n')[0]).toMatch(/^line 5: heading level 3 \(###\) before any level 2 heading/);
  expect(problems('\n## A\n#### B\n')[0]).toMatch(/^line 6: heading level 4 \(####\) follows a level 2 heading \(##\): headings skip a level — make it ###/);
});

test('links and images in Markdown, HTML and JSX, with their lines and alt text', () => {
  const source = mdx('\n[a](/en/a/ "title") ![](/i.png) ![a tray](/t.png)\n<a href="/en/b/">b</a> <img src="/x.png" width="1" /> <Card href={"/en/c/"} />\n<img alt="" src="/d.png">\n[ref]: /en/e/\n<https://example.org/>\n');
  expect(bodyLinks(source).map((l) => [l.line, l.url, l.markdown, l.image, l.alt])).toEqual([
    [5, '/en/a/', true, false, undefined],
    [5, '/i.png', true, true, ''],
    [5, '/t.png', true, true, 'a tray'],
    [6, '/en/b/', false, false, undefined],
    [6, '/x.png', false, true, undefined],
    [6, '/en/c/', false, false, undefined],
    [7, '/d.png', false, true, ''],
    [8, '/en/e/', true, false, undefined],
    [9, 'https://example.org/', true, false, undefined],
  ]);
  expect(insecureAddresses(mdx('\nSee http://example.org/a and [b](http://b.example/).\n'))).toEqual([
    { line: 5, url: 'http://example.org/a' },
    { line: 5, url: 'http://b.example/' },
  ]);
});

test('internal links resolve as the build resolves them', () => {
  const site: SitePages = {
    languages: ['en', 'sw'],
    pages: new Map<string, Set<string> | undefined>([
      ['/en/', undefined],
      ['/en/basics/', undefined],
      ['/en/basics/soil/', new Set(['mix', 'main'])],
      ['/sw/basics/soil/', new Set(['mchanganyiko'])],
    ]),
    unknown: ['/en/directory/'],
  };
  const from = '/en/basics/water/';
  expect(linkProblem('/en/basics/soil/#mix', from, site)).toBeUndefined();
  expect(linkProblem('/en/basics/soil', from, site), 'no trailing slash').toBeUndefined();
  expect(linkProblem('../soil/#mix', from, site), 'relative').toBeUndefined();
  expect(linkProblem('/en/basics/#anything', from, site), 'ids of a section page: left to the build').toBeUndefined();
  expect(linkProblem('/print/en/soil.pdf', from, site), 'not a language page: left to the build').toBeUndefined();
  expect(linkProblem('/en/directory/shops/x/', from, site), 'directory not loaded: left to the build').toBeUndefined();
  expect(linkProblem('https://example.org/', from, site)).toBeUndefined();
  expect(linkProblem('/en/more/soil/', from, site)).toEqual({ message: 'link "/en/more/soil/": no such page', fix: 'did you mean /en/basics/soil/?' });
  expect(linkProblem('/sw/basics/soil/#mix', from, site)?.message).toBe('link "/sw/basics/soil/#mix": no element with id "mix" on /sw/basics/soil/');
  expect(linkProblem('#nowhere', '/en/basics/soil/', site)?.fix).toBe('use the id of a heading on that page: mix');
});

test('an article is placed by its path, as the build places it', () => {
  const site = { languages: [{ code: 'en', name: 'English', dir: 'ltr' as const }], sections: ['basics'] };
  expect(placeArticle('en/basics/soil.mdx', 'basics', site)).toEqual({ id: 'en/basics/soil', lang: 'en', section: 'basics', slug: 'soil' });
  expect(placeArticle('en/soil.mdx', 'basics', site)).toEqual({ problem: 'an article must sit at <language>/<section>/<slug>.mdx' });
  expect(placeArticle('de/basics/soil.mdx', 'basics', site)).toEqual({ problem: 'folder "de" is not a language listed in site.yaml (en)' });
  expect(placeArticle('en/basics/soil.mdx', 'more', site)).toEqual({ problem: 'field "section": says "more" but the file is in folder "basics"' });
  expect(placeArticle('en/basics/Soil.mdx', 'basics', site)).toEqual({ problem: 'file name: use lower-case letters, digits and dashes' });
});

test('a fix is added to schema messages that do not say what to do, and only to those', () => {
  expect(withFix('line 3, field "title": is missing')).toBe('line 3, field "title": is missing — add it (docs/authoring.md shows every field)');
  expect(withFix('field "value": must be text: put it in quotes')).toBe('field "value": must be text: put it in quotes');
  expect(withFix('line 2, field "title": Too big: expected string to have <=80 characters')).toMatch(/— shorten it to 80 characters$/);
});
