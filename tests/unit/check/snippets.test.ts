// npm run check's advice on what search results show of a page: titles over 65 characters,
// summaries over 160, one summary on two pages of a language. Warnings name the file, line and
// field, and never fail the check.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkContent, summary } from '../../../src/check/index.ts';
import { fixtureContent } from '../../helpers/fixture-build.ts';

const edited = (edit: (content: string) => void) => checkContent(path.join(fixtureContent({ edit }), 'content'));
const replaceIn = (file: string, from: string, to: string) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));

test('the fixture site has no warning', () => {
  const result = edited(() => {});
  expect(result.problems).toEqual([]);
  expect(result.warnings).toEqual([]);
  expect(summary(result)).toMatch(/: 0 problems$/);
});

test('a long title, a long summary and a shared summary are warnings naming the file, line and field', () => {
  const long = 'Which soil should I buy for tomatoes in pots on a small balcony in town';
  const result = edited((content) => {
    replaceIn(path.join(content, 'en/basics/soil.mdx'), 'title: Soil', `title: ${long}`);
    replaceIn(path.join(content, 'en/basics/water.mdx'), /summary: .*/.exec(fs.readFileSync(path.join(content, 'en/basics/water.mdx'), 'utf8'))![0], 'summary: What to put in your pot.');
    replaceIn(path.join(content, 'en/site.yaml'), 'summary: Soil and water.', `summary: ${'Soil and water, '.repeat(11)}and more.`);
  });
  expect(result.problems).toEqual([]);
  const lines = result.warnings.map((w) => `${w.file}: ${w.text}`);
  expect(lines).toEqual([
    expect.stringMatching(/^.*en\/basics\/soil\.mdx: line 2, field "title": 71 characters: search results cut a title after about 65 — /),
    expect.stringMatching(/^.*en\/basics\/soil\.mdx: line 3, field "summary": the same summary as .*en\/basics\/water\.mdx \(summary\)/),
    expect.stringMatching(/^.*en\/basics\/water\.mdx: line 3, field "summary": the same summary as .*en\/basics\/soil\.mdx \(summary\)/),
    expect.stringMatching(/^.*en\/site\.yaml: field "sections\.basics\.summary": 185 characters: search results cut a summary after about 160 — /),
  ]);
  expect(summary(result)).toMatch(/: 0 problems, 4 warnings$/);
});

test('the same summary in two languages is no warning: each language is its own search result', () => {
  const result = edited((content) => replaceIn(path.join(content, 'ar/site.yaml'), /tagline: .*/.exec(fs.readFileSync(path.join(content, 'ar/site.yaml'), 'utf8'))![0], 'tagline: Grow food in a small space'));
  expect(result.warnings).toEqual([]);
});

test('a title of exactly 65 characters and a summary of exactly 160 pass; letters are counted, not bytes', () => {
  const result = edited((content) => {
    replaceIn(path.join(content, 'en/basics/soil.mdx'), 'title: Soil', `title: ${'é'.repeat(65)}`);
    replaceIn(path.join(content, 'en/basics/soil.mdx'), 'summary: What to put in your pot.', `summary: ${'पा'.repeat(80)}`);
  });
  expect(result.warnings).toEqual([]);
});
