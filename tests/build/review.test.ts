// `npm run review` on the built site: a PDF a speaker can check on paper, and plain refusals.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const review = (...args: string[]) => spawnSync(process.execPath, ['src/review/cli.ts', ...args], { encoding: 'utf8' });

describe('npm run review -- --lang sw', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-review-'));
  const pdf = path.join(dir, 'sw.pdf');
  const run = review('--lang', 'sw', '--pdf', pdf);
  const text = run.status === 0 ? spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout : '';
  const pages = text.split('\f');

  test('prints the sheets and says how many pages there are to check', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/sw\.pdf: \d+ pages to check of \d+/);
    expect(fs.readdirSync(dir)).toEqual(['sw.pdf']); // no part file left behind
  });

  test('opens with the status table of every page', () => {
    expect(pages[0]).toContain('check the Kiswahili translation');
    expect(text).toContain('/sw/get-unlocked/steps/');
    expect(text).toMatch(/machine-assisted: to check/);
  });

  test('sets the English and the Kiswahili of a page side by side on one sheet, with a line to sign', () => {
    // A heading of get-unlocked/steps and its translation, on one line of the same sheet.
    expect(text).toMatch(/^ *The eight steps {3,}Hatua nane$/m);
    expect(text).toContain('Checked by (name):');
  });
});

test('names what is wrong with the command, and prints nothing', () => {
  expect(review().stderr).toContain('--lang is missing');
  expect(review('--lang', 'en').stderr).toContain('English is the language the others are translated from');
  expect(review('--lang', 'xx').stderr).toContain('"xx" is not a language of content/site.yaml');
  expect(review('--lang', 'sw', '--out', 'no-such-folder').stderr).toContain('no built site in no-such-folder for "sw": build it first with npm run build');
});
