// The folder bundle made from the built site: whole, self-contained, checkable and reproducible.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { writeBundles } from '../../src/bundle/build.ts';
import { contentDir } from '../../src/core/paths.ts';
import { loadSiteConfig } from '../../src/core/site-config.ts';
import { distDir } from '../helpers/built-site.ts';

const first = writeBundles(loadSiteConfig(contentDir), contentDir, distDir, fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-bundle-')));
const second = writeBundles(loadSiteConfig(contentDir), contentDir, distDir, fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-bundle-')));

test('one bundle per language and one with all', () => {
  expect(first.map((r) => path.basename(r.zip))).toEqual(expect.arrayContaining([expect.stringMatching(/-en\.zip$/), expect.stringMatching(/-all\.zip$/)]));
});

test('two bundles of the same build are the same bytes', () => {
  first.forEach((report, i) => expect(fs.readFileSync(report.zip).equals(fs.readFileSync(second[i]!.zip)), path.basename(report.zip)).toBe(true));
});

test.each(first)('$folder: every link stays inside the folder and names a file that is there', ({ folder }) => {
  const broken: string[] = [];
  const pages = fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(20);
  for (const entry of pages) {
    const file = path.join(entry.parentPath, entry.name);
    const html = fs.readFileSync(file, 'utf8');
    expect(html, file).not.toContain('serviceWorker');
    for (const [, link] of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
      if (/^(https?:|mailto:|tel:|data:|#)/.test(link!)) continue;
      const target = path.resolve(path.dirname(file), link!.replace(/[?#].*$/, ''));
      if (!target.startsWith(folder) || !fs.existsSync(target) || !fs.statSync(target).isFile()) broken.push(`${path.relative(folder, file)}: ${link}`);
    }
  }
  expect(broken).toEqual([]);
});

test.each(first)('$folder: SHA256SUMS.txt checks out with sha256sum, and README.txt names the version', ({ folder }) => {
  const result = execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS.txt'], { cwd: folder, encoding: 'utf8' });
  expect(result).toBe('');
  expect(fs.readFileSync(path.join(folder, 'README.txt'), 'utf8')).toMatch(/[:：] ?[0-9a-f]{12}\r\n/) // the version, after its label in the bundle's language;
});
