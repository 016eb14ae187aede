// A site can turn its optional parts off in site.yaml: no PDFs printed and none offered, no bundles,
// no downloads made and none offered.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildFixture } from '../helpers/fixture-build.ts';

test('every part false: the build prints no PDF and makes no download, no page offers one; npm run bundle writes nothing', () => {
  const { dir, dist, status, output } = buildFixture({
    pdf: true, // the environment asks for PDFs: site.yaml still wins
    edit: (content) => fs.appendFileSync(path.join(content, 'site.yaml'), 'parts:\n  pdf: false\n  bundle: false\n  html: false\n  epub: false\n  zim: false\n'),
  });
  expect(status, output).toBe(0);
  expect(output).toContain('PDFs not built (site.yaml parts.pdf is false)');
  expect(fs.existsSync(path.join(dist, 'print'))).toBe(false);
  expect(fs.readFileSync(path.join(dist, 'en/basics/water/index.html'), 'utf8')).not.toContain('.pdf');
  expect(output).toContain('not made: html, epub, zim');
  expect(fs.readdirSync(path.join(dist, 'download'))).toEqual([]);
  expect(fs.readFileSync(path.join(dist, 'en/download/index.html'), 'utf8')).not.toMatch(/data-download|href="\/download\//);
  const bundleDir = path.join(dir, 'bundle');
  const bundle = spawnSync(process.execPath, ['src/bundle/cli.ts'], {
    encoding: 'utf8',
    env: { ...process.env, LOCKGUIDE_CONTENT: path.join(dir, 'content'), LOCKGUIDE_OUT: dist, LOCKGUIDE_BUNDLE: bundleDir },
  });
  expect(bundle.status).toBe(0);
  expect(bundle.stdout).toContain('Bundles are turned off: site.yaml parts.bundle is false.');
  expect(fs.existsSync(bundleDir)).toBe(false);
}, 120_000);
