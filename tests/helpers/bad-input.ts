// The bad-input cases (tests/fixtures/bad-input/): each folder is laid over the small fixture site to
// break one thing, and expected.txt holds the lines the author must read.
import fs from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblems } from '../../src/check/content.ts';
import { shown } from '../../src/core/paths.ts';
import { fixtureContent, fixtures } from './fixture-build.ts';

export const badInput = path.join(fixtures, 'bad-input');
export const cases = fs.readdirSync(badInput, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
export const buildOnly = (name: string) => fs.existsSync(path.join(badInput, name, 'build-only.txt'));
export const expectedLines = (folder: string) => fs.readFileSync(path.join(folder, 'expected.txt'), 'utf8').trim().split('\n');

/** Output with the temporary folder left out of paths, so it reads "content/en/…" as expected.txt does. */
export const relative = (output: string, dir: string) => output.replaceAll(`${shown(dir)}/`, '');
/** Each line of a report as expected.txt writes it: without the indent and the "- " before a problem. */
export const reportLines = (output: string) => output.split('\n').map((line) => line.replace(/^\s+(?:- )?/, ''));

/** `npm run check` on the fixture site, with a case laid over it. */
export function check(overlay?: string) {
  const dir = fixtureContent({ overlay });
  try {
    const result = checkContent(path.join(dir, 'content'));
    return { ...result, output: relative(formatProblems(result.problems), dir) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
