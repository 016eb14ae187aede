// Pictures in articles: one beside its article (made a small WebP with its size written in) and one in
// the content folder's public/ (copied as it is). Both go where their page goes: into a full save
// of the language and into the folder bundle, where their addresses work from disk.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { bundledFiles, pageForDisk } from '../../src/bundle/build.ts';
import { languageFiles } from '../../src/offline/build.ts';
import { buildFixture, fixtures } from '../helpers/fixture-build.ts';

const { dist, status, output } = buildFixture({ overlay: path.join(fixtures, 'images') });
const page = 'en/basics/soil/index.html';
const html = status === 0 ? fs.readFileSync(path.join(dist, page), 'utf8') : '';
const pictures = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);

test('the fixture with pictures builds', () => {
  expect(status, output).toBe(0);
  expect(pictures).toHaveLength(2);
});

test('a picture beside its article becomes a WebP with its alt text, size and lazy loading', () => {
  const tray = pictures.find((img) => img.includes('alt="A tray of seedlings"'))!;
  expect(tray).toMatch(/src="\/_astro\/tray\.[\w-]+\.webp"/);
  expect(tray).toContain('width="60"');
  expect(tray).toContain('height="40"');
  expect(tray).toContain('loading="lazy"');
  const src = /src="\/([^"]+)"/.exec(tray)![1]!;
  expect(fs.existsSync(path.join(dist, src))).toBe(true);
});

test("a picture in the content folder's public/ is copied as it is", () => {
  expect(pictures.find((img) => img.includes('alt="A garden plot"'))).toContain('src="/images/plot.png"');
  expect(fs.readFileSync(path.join(dist, 'images/plot.png'))).toEqual(fs.readFileSync(path.join(fixtures, 'images/content/public/images/plot.png')));
});

test('a full save of the language and the folder bundle carry the pictures', () => {
  const saved = languageFiles(dist, 'en', '').pages;
  const bundled = bundledFiles(dist, ['en']);
  for (const files of [saved, bundled]) {
    expect(files).toContain('images/plot.png');
    expect(files.some((file) => /^_astro\/tray\.[\w-]+\.webp$/.test(file))).toBe(true);
  }
});

test("in the bundle, a picture's address works from disk", () => {
  const onDisk = pageForDisk(html, page, new Set(bundledFiles(dist, ['en'])), 'https://garden.example/');
  expect(onDisk).toContain('src="../../../images/plot.png"');
  expect(onDisk).toMatch(/src="\.\.\/\.\.\/\.\.\/_astro\/tray\.[\w-]+\.webp"/);
});
