import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../../src/schemas/article.ts';
import { loadDirectory } from '../../../src/directory/load.ts';
import { loadSiteConfig } from '../../../src/core/site-config.ts';
import { loadSynonyms } from '../../../src/search/synonyms.ts';
import { parseArgs } from '../../../src/bench/scale.ts';
import { prng, writeSyntheticSite } from '../../../src/bench/synthetic-site.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-synthetic-'));
const files = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

test('the generator is seeded: the same seed and size write the same bytes, another seed other ones', () => {
  const [a, b, c] = [tmp(), tmp(), tmp()];
  writeSyntheticSite(a, { pages: 20 });
  writeSyntheticSite(b, { pages: 20 });
  writeSyntheticSite(c, { pages: 20, seed: 2 });
  expect(files(a)).toEqual(files(b));
  for (const file of files(a)) expect(fs.readFileSync(path.join(b, file), 'utf8'), file).toBe(fs.readFileSync(path.join(a, file), 'utf8'));
  expect(fs.readFileSync(path.join(c, 'en/site.yaml'), 'utf8')).not.toBe(fs.readFileSync(path.join(a, 'en/site.yaml'), 'utf8'));
  expect(prng(7)()).toBe(prng(7)());
});

test('20 pages: valid content in two languages, ten sections, a directory', () => {
  const dir = tmp();
  const report = writeSyntheticSite(dir, { pages: 20 });
  expect(report).toMatchObject({ sourceArticles: 10, translated: 9 });
  const site = loadSiteConfig(dir);
  expect(site.languages.map((l) => l.code)).toEqual(['en', 'fr']);
  expect(site.sections).toHaveLength(10);
  expect(loadDirectory(dir, site.directory!).organisations.length).toBe(report.organisations);
  expect(loadSynonyms(dir, 'fr').length).toBeGreaterThan(0);

  const schema = articleSchema(site.sections as [string, ...string[]]);
  const articles = files(dir).filter((f) => f.endsWith('.mdx'));
  expect(articles).toHaveLength(19);
  const paths = new Set(articles.map((f) => `/${f.replace(/\.mdx$/, '/')}`));
  for (const file of articles) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const [, front = '', body = ''] = text.split(/^---$/m);
    const data = schema.parse(parse(front));
    expect(file.split('/')[1]).toBe(data.section);
    const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    expect(words, file).toBeGreaterThanOrEqual(300);
    expect(words, file).toBeLessThanOrEqual(800);
    expect(body).toMatch(/^## /m);
    expect(body).not.toMatch(/[{}<]/); // MDX would read them as code
    // Links go to generated pages of the same language (a missing translation falls back, so it exists).
    for (const [, link] of body.matchAll(/\]\((\/[^)]+)\)/g)) {
      expect(link!.startsWith(`/${file.split('/')[0]}/`)).toBe(true);
      expect(paths.has(link!.replace(/^\/fr\//, '/en/')) || paths.has(link!), link).toBe(true);
    }
  }
});

test('the command reads sizes as a list or repeated, and its switches', () => {
  expect(parseArgs(['--pages', '100,1000', '--pages=10_000', '--keep', '--pdf', 'off'])).toMatchObject({ pages: [100, 1000, 10000], keep: true, pdf: false });
  expect(parseArgs([]).pages).toEqual([100, 1000]);
  expect(() => parseArgs(['--pages', 'many'])).toThrow(/--pages/);
  expect(() => parseArgs(['--fast'])).toThrow(/unknown argument/);
});
