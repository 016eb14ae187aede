// A failed or refused build never destroys anything: the previous output, the content folder and any
// other files stay byte for byte as they were, and the message says what happened.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { unsafeOutput } from '../../src/core/output-folder.ts';
import { fixtureContent, fixtures, lock } from '../helpers/fixture-build.ts';

const MARKER = '.lockguide-output';
const env = { ...process.env, NO_COLOR: '1', LOCKGUIDE_PDF: 'off', LOCKGUIDE_CONTENT: '', LOCKGUIDE_OUT: '' };

function run(command: string, args: string[]) {
  const release = lock();
  try {
    const result = spawnSync(process.execPath, [command, ...args], { encoding: 'utf8', env });
    return { status: result.status, output: result.stdout + result.stderr };
  } finally {
    release();
  }
}
const build = (content: string, out: string) => run('src/build/cli.ts', ['--content', content, '--out', out]);

/** Every file under a folder with the hash of its bytes: two equal snapshots mean nothing changed. */
function snapshot(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join(dir, name)).isFile());
  return Object.fromEntries(files.sort().map((name) => [name, createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')]));
}

test('a build that fails after the pages leaves the previous output exactly as it was, and says so', () => {
  const dir = fixtureContent();
  const content = path.join(dir, 'content');
  const out = path.join(dir, 'site');
  const first = build(content, out);
  expect(first.status, first.output).toBe(0);
  expect(fs.existsSync(path.join(out, MARKER))).toBe(true);
  const before = snapshot(out);
  // A broken anchor on a section page: only the link check, a step after the pages, finds it.
  fs.cpSync(path.join(fixtures, 'bad-input', 'broken-anchor-section-page', 'content'), content, { recursive: true });
  const contentBefore = snapshot(content);

  const second = build(content, out);
  expect(second.status).not.toBe(0);
  expect(second.output).toContain('Broken links');
  expect(second.output).toContain(`The previous output in ${out} is unchanged.`);
  expect(second.output).not.toMatch(/^\s+at /m); // no stack trace
  expect(snapshot(out)).toEqual(before);
  expect(snapshot(content)).toEqual(contentBefore);
  expect(fs.readdirSync(dir).sort()).toEqual(['content', 'reports', 'site']); // nothing half-written left beside it
}, 180_000);

test('a mistake the content check finds (in an article, the directory, site.yaml) leaves the previous output and the content as they were', () => {
  const dir = fixtureContent();
  const good = path.join(dir, 'content');
  const out = path.join(dir, 'site');
  expect(build(good, out).status).toBe(0);
  const before = snapshot(out);
  for (const name of ['mdx-unclosed-tag', 'phone-of-another-country', 'section-misspelt']) {
    const content = path.join(dir, name);
    fs.cpSync(good, content, { recursive: true });
    fs.cpSync(path.join(fixtures, 'bad-input', name, 'content'), content, { recursive: true });
    const contentBefore = snapshot(content);
    const { status, output } = build(content, out);
    expect(status, name).not.toBe(0);
    expect(output, name).toContain(fs.readFileSync(path.join(fixtures, 'bad-input', name, 'expected.txt'), 'utf8').trim().split('\n')[1]!.replace(/ — .*$/, ''));
    expect(output, name).toContain(`The previous output in ${out} is unchanged.`);
    expect(snapshot(out), name).toEqual(before);
    expect(snapshot(content), name).toEqual(contentBefore);
  }
}, 180_000);

test('an output folder that is, holds or sits inside the content folder is refused before anything is written', () => {
  const dir = fixtureContent();
  const content = path.join(dir, 'content');
  const contentBefore = snapshot(content);
  for (const [out, says] of [
    [content, 'holds the content folder'],
    [dir, 'holds the content folder'],
    [path.join(content, 'site'), 'is inside the content folder'],
  ] as const) {
    const { status, output } = build(content, out);
    expect(status, out).not.toBe(0);
    expect(output).toContain(says);
    expect(output).toContain('Nothing was written');
  }
  expect(snapshot(content)).toEqual(contentBefore);
  expect(fs.existsSync(path.join(content, 'site'))).toBe(false);
});

test("the engine's own folders are refused as an output", () => {
  // Asked of the rule itself, not of a build: a build told to write into src/ by a broken rule would
  // delete the very code under test.
  const content = path.join(os.tmpdir(), 'a-guide', 'content');
  for (const out of ['src', 'src/pages', 'tests', 'tests/fixtures', 'node_modules', '.']) {
    expect(unsafeOutput(path.resolve(out), content), out).toMatch(/engine's/);
  }
  // The folder above the project may also hold the content folder (a clone in /tmp): refused either way.
  expect(unsafeOutput(path.resolve('..'), content)).toMatch(/engine's|holds the content folder/);
  expect(unsafeOutput(path.resolve('dist'), content)).toBeUndefined();
  expect(unsafeOutput(path.resolve('editions', 'ke'), content)).toBeUndefined();
});

test('a folder of files the engine did not write is refused, naming some of them, and left as it was', () => {
  const dir = fixtureContent();
  const out = path.join(dir, 'photos');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'notes.txt'), 'training on Saturday');
  fs.writeFileSync(path.join(out, 'team.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
  const before = snapshot(out);
  const { status, output } = build(path.join(dir, 'content'), out);
  expect(status).not.toBe(0);
  expect(output).toContain('holds files the engine did not write (notes.txt, team.jpg)');
  expect(snapshot(out)).toEqual(before);
});

test('a content folder that does not exist is named as missing', () => {
  const dir = fixtureContent();
  const { status, output } = build(path.join(dir, 'contnet'), path.join(dir, 'site'));
  expect(status).not.toBe(0);
  expect(output).toContain(`The content folder ${path.join(dir, 'contnet')} does not exist`);
  expect(output).not.toMatch(/^\s+at /m);
});

test('two builds into one folder at once: the second stops with a clear message, the first completes', async () => {
  const dir = fixtureContent();
  const content = path.join(dir, 'content');
  const out = path.join(dir, 'site');
  const release = lock();
  try {
    const appeared = new Promise<void>((resolve) => {
      const watcher = fs.watch(dir, (_event, name) => {
        if (name === 'site.busy') {
          watcher.close();
          resolve();
        }
      });
    });
    const first = spawn(process.execPath, ['src/build/cli.ts', '--content', content, '--out', out], { env });
    const done = new Promise<number | null>((resolve) => first.on('exit', resolve));
    await appeared;
    const second = spawnSync(process.execPath, ['src/build/cli.ts', '--content', content, '--out', out], { encoding: 'utf8', env });
    expect(second.status).not.toBe(0);
    expect(second.stdout + second.stderr).toContain(`Another run (process ${first.pid}) is writing ${out}`);
    expect(await done).toBe(0);
  } finally {
    release();
  }
  expect(fs.existsSync(path.join(out, MARKER))).toBe(true);
  expect(fs.existsSync(path.join(out, 'en', 'index.html'))).toBe(true);
  expect(fs.existsSync(`${out}.busy`)).toBe(false);
}, 180_000);

test('npm run bundle builds what --content names into --out, and writes the bundles beside it', () => {
  const dir = fixtureContent();
  const out = path.join(dir, 'site');
  const { status, output } = run('src/bundle/cli.ts', ['--content', path.join(dir, 'content'), '--out', out]);
  expect(status, output).toBe(0);
  expect(fs.existsSync(path.join(out, 'en', 'index.html'))).toBe(true);
  const bundles = fs.readdirSync(path.join(dir, 'bundle')).sort();
  expect(bundles).toContain('site-all.zip');
  expect(bundles).toContain(MARKER);
}, 180_000);

test('npm run edition will not write into a folder of other files', () => {
  const dir = fixtureContent();
  const out = path.join(dir, 'training');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'attendance.csv'), 'name,day\n');
  const before = snapshot(out);
  const { status, output } = run('src/edition/cli.ts', ['--content', path.join(dir, 'content'), '--country', 'UG', '--lang', 'en', '--out', out]);
  expect(status).not.toBe(0);
  expect(output).toContain('holds files the engine did not write (attendance.csv)');
  expect(snapshot(out)).toEqual(before);
});

// /sys is read-only even for root, which a chmod is not: the one place here to meet a folder that cannot be written.
test.skipIf(!fs.existsSync('/sys/kernel'))('a folder that cannot be written is named in plain words', () => {
  const content = path.join(fixtureContent(), 'content');
  const { status, output } = build(content, '/sys/kernel/lockguide-site');
  expect(status).not.toBe(0);
  expect(output).toContain('cannot be written: the folder is read-only or belongs to another user');
  expect(output).not.toMatch(/^\s+at /m);
});
