// Builds the small fixture site (tests/fixtures/site), optionally with files laid over it, into a
// fresh temporary folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const fixtures = path.resolve('tests/fixtures');

/** The day the fixture site is built as of: its dates are fixed, so its stale contacts are too. */
export const FIXTURE_TODAY = '2026-12-07';

/**
 * One fixture build at a time across test workers: Astro builds in one project share its generated
 * types and Vite's dependency cache, and two at once can break each other. The lock belongs to this
 * run (named by the process that started the workers): one left behind by a run that was killed
 * never holds up the next.
 */
export function lock(): () => void {
  const dir = path.join(os.tmpdir(), `lockguide-fixture-build-${process.ppid}.lock`);
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(dir);
      return () => fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      if (Date.now() > deadline) throw new Error(`${dir} held for 10 minutes: remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200); // wait 200 ms
    }
  }
}

export interface FixtureBuild {
  dir: string;
  dist: string;
  status: number | null;
  output: string;
}

/** A fresh temporary folder with a copy of the fixture site's content/, `overlay`'s content/ laid over it. */
export function fixtureContent({ overlay, edit }: { overlay?: string; edit?: (contentDir: string) => void } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-fixture-'));
  const content = path.join(dir, 'content');
  fs.cpSync(path.join(fixtures, 'site', 'content'), content, { recursive: true });
  if (overlay) fs.cpSync(path.join(overlay, 'content'), content, { recursive: true });
  edit?.(content);
  return dir;
}

/**
 * `overlay` is a folder with a content/ tree; `edit` changes files of the copied content before the
 * build. PDFs are left out unless asked for: printing them takes longer than the rest of the build.
 */
export function buildFixture({ overlay, edit, pdf = false }: { overlay?: string; edit?: (contentDir: string) => void; pdf?: boolean } = {}): FixtureBuild {
  const dir = fixtureContent({ overlay, edit });
  const content = path.join(dir, 'content');
  const dist = path.join(dir, 'dist');
  const release = lock();
  try {
    const result = spawnSync(process.execPath, ['src/build/cli.ts', '--content', content, '--out', dist], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LOCKGUIDE_PDF: pdf ? 'on' : 'off', LOCKGUIDE_TODAY: FIXTURE_TODAY },
    });
    return { dir, dist, status: result.status, output: result.stdout + result.stderr };
  } finally {
    release();
  }
}
