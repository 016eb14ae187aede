// `npm run sources -- --mark`: a contact the report found missing gets a "Check first" warning in
// its data file, and nothing else in the file changes, comments and formatting included.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import type { ContactReport, SourcesReport } from '../../../src/sources/build.ts';
import { withWarnings } from '../../../src/sources/mark.ts';

const FILE = `# A shop, written by hand: comments and odd spacing stay.
name:   "Corner Shop"
countries: [KE]   # one country
summary: >-
  A shop that sells seeds.
channels:
  - purpose: contact
    type: phone
    value: "0722 000 000"
    country: KE
    source: https://shop.example/contact
    checked: 2026-01-10 # seen on the contact page
  # the second number, for payments
  - purpose: pay
    type: phone
    value: '0733 000 000'
    country: KE
    source: https://shop.example/pay
    checked: 2026-01-10
    note: |
      Pay here.
      Keep the receipt.

  -   purpose: contact
      type: email
      value: shop@shop.example
      source: https://shop.example/contact
      checked: 2026-01-10
      warning: "Already doubted"
sources:
  - {title: Shop, url: "https://shop.example/contact"}
checked: 2026-01-10
`;

const contact = (type: ContactReport['type'], value: string, source: string, warned = false): ContactReport => ({
  key: `shop ${type} ${value} ${source}`,
  organisation: 'Corner Shop',
  file: 'content/data/shops/shop.yaml',
  type,
  value,
  country: 'KE',
  source,
  warned,
  status: 'missing',
});

test('adds one warning line to each named channel and changes no other byte', () => {
  const { text, notFound } = withWarnings(FILE, 'shop.yaml', [contact('phone', '0722 000 000', 'https://shop.example/contact'), contact('phone', '0733 000 000', 'https://shop.example/pay')], 'Not found on 7 December 2026.');
  expect(notFound).toEqual([]);
  const added = '    warning: "Not found on 7 December 2026."\n';
  const first = FILE.indexOf('  # the second number');
  const second = FILE.indexOf('Keep the receipt.\n') + 'Keep the receipt.\n'.length; // after the block, before its blank line
  expect(text).toBe(FILE.slice(0, first) + added + FILE.slice(first, second) + added + FILE.slice(second));
  const channels = parse(text).channels;
  expect(channels.map((c: { warning?: string }) => c.warning)).toEqual(['Not found on 7 December 2026.', 'Not found on 7 December 2026.', 'Already doubted']);
  expect(channels[1].note).toBe('Pay here.\nKeep the receipt.\n');
});

test('keeps a warning already written, and names a contact the file no longer has', () => {
  const gone = contact('phone', '0799 000 000', 'https://shop.example/contact');
  const { text, notFound } = withWarnings(FILE, 'shop.yaml', [contact('email', 'shop@shop.example', 'https://shop.example/contact'), gone], 'New words');
  expect(text).toBe(FILE);
  expect(notFound).toEqual([gone]);
});

test('the command marks from the last report, writes only the data file, and says what it did', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-mark-'));
  fs.cpSync('tests/fixtures/site/content', path.join(dir, 'content'), { recursive: true });
  const data = path.join(dir, 'content', 'data', 'shops', 'green-seeds.yaml');
  const before = fs.readFileSync(data, 'utf8');
  const report: SourcesReport = {
    generated: '2026-12-07T10:00:00.000Z',
    site: 'https://garden.example/',
    urls: [],
    contacts: [{ ...contact('phone', '0700 000 001', 'https://garden.example/green-seeds'), organisation: 'Green Seeds', file: data }, { ...contact('ussd', '*123#', 'https://garden.example/green-seeds'), file: data, status: 'found' }],
    changes: [],
  };
  fs.mkdirSync(path.join(dir, 'reports'));
  fs.writeFileSync(path.join(dir, 'reports', 'sources.json'), JSON.stringify(report));
  const listing = () => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  const files = listing();
  const result = spawnSync(process.execPath, [path.resolve('src/sources/cli.ts'), '--content', path.join(dir, 'content'), '--reports', path.join(dir, 'reports'), '--mark'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toContain('marked "Check first": Green Seeds Kenya: number 0700 000 001');
  expect(result.stdout).toContain('1 contact(s) marked, 0 left as they were.');
  const after = fs.readFileSync(data, 'utf8');
  const line = '    warning: "Not found on its source page on December 7, 2026. Check it there before you use it."\n';
  const at = before.indexOf('  - purpose: pay');
  expect(after).toBe(before.slice(0, at) + line + before.slice(at));
  expect(listing()).toEqual(files);
});
