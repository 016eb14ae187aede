// A local edition of the fixture site for one country: `npm run edition` builds its site, bundles
// and booklets, lists that country's organisations only, and names the trainer's organisation. Its
// --url is a real address, so pages and booklets print it (the fixture's own is a placeholder).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { editionProblems, parseEditionArgs } from '../../src/edition/cli.ts';
import { fixtures, lock } from '../helpers/fixture-build.ts';

const content = path.join(fixtures, 'site', 'content');

test('an edition for Uganda in English and Arabic: site, bundles and booklets, one country, the trainer named', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-edition-test-'));
  const release = lock();
  let result;
  try {
    result = spawnSync(
      process.execPath,
      ['src/edition/cli.ts', '--content', content, '--country', 'UG', '--lang', 'en,ar', '--org', 'Allotment Trainers', '--contact', 'trainers@garden.example', '--url', 'https://allotments-ug.org', '--name', 'test-ug', '--out', out],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
  } finally {
    release();
  }
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const site = path.join(out, 'site');
  // The council works in Kenya and Uganda and stays; the Kenyan seed shop is left out.
  expect(fs.existsSync(path.join(site, 'en/directory/councils/town-council/index.html'))).toBe(true);
  expect(fs.existsSync(path.join(site, 'en/directory/shops/green-seeds/index.html'))).toBe(false);
  expect(fs.readdirSync(path.join(site, 'en/directory/countries'))).toEqual(['ug']);
  // An article's link to the shop leads to the published site instead of a missing page.
  const seeds = fs.readFileSync(path.join(site, 'en/more/seeds/index.html'), 'utf8');
  expect(seeds).toContain('href="https://allotments-ug.org/en/directory/shops/green-seeds/"');
  // On paper: each link to another page prints its address, and the page its own with a QR code.
  expect(seeds).toMatch(/data-print-url="allotments-ug\.org\/en\/[^"]+\/"/);
  expect(seeds).toMatch(/<div class="print-only"[^>]*><svg role="img" aria-label="QR code"[\s\S]*?allotments-ug\.org\/en\/more\/seeds\/<\/strong>/);
  const footerText = (file: string) => /<footer[\s\S]*<\/footer>/.exec(fs.readFileSync(path.join(site, file), 'utf8'))![0].replace(/<[^>]+>/g, '');
  expect(footerText('ar/index.html')).toContain('نشره Allotment Trainers · trainers@garden.example');
  expect(footerText('en/index.html')).toContain('Published by Allotment Trainers · trainers@garden.example');
  for (const file of ['bundle/site-test-ug-en.zip', 'bundle/site-test-ug-ar.zip', 'bundle/site-test-ug-all.zip', 'booklet-en.pdf', 'booklet-ar.pdf']) {
    expect(fs.existsSync(path.join(out, file)), file).toBe(true);
  }
  const cover = spawnSync('pdftotext', ['-f', '1', '-l', '1', path.join(out, 'booklet-en.pdf'), '-'], { encoding: 'utf8' }).stdout;
  expect(cover).toContain('Published by Allotment Trainers');
  expect(cover).toContain('https://allotments-ug.org/en/');
  const pdfinfo = spawnSync('pdfinfo', [path.join(out, 'booklet-en.pdf')], { encoding: 'utf8' }).stdout;
  expect(pdfinfo).toMatch(/^Author:\s+Allotment Trainers$/m);
}, 240_000);

test('an edition asks for what it needs, and says what is wrong in words a trainer can act on', () => {
  const options = parseEditionArgs(['--content', content, '--country', 'uk', '--lang', 'ar,fr']);
  expect(options.name).toBe('uk-ar-fr');
  expect(editionProblems(options)).toEqual([
    '--country UK: not an ISO country code such as KE',
    '--lang fr: not a language of this site (en, ar)',
    '--lang must include en: pages not yet translated are shown in it',
  ]);
});
