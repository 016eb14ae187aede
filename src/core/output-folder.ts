// The folders the engine writes (the built site, bundles, editions) are replaced only by a complete
// result, one writer at a time, and never where they would destroy something else: the content, the
// engine's own source, or a folder of files the engine did not write.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shown } from './paths.ts';

/** A mistake in where to write: told as a plain message, without a stack trace. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** The file that marks a folder as the engine's own output, so that a later run may replace it. */
export const MARKER = '.lockguide-output';
const MARKER_TEXT = 'Written by the Lockguide engine. Each build replaces this whole folder: keep nothing else here.\n';

/** The project the engine runs from: its source and tests are never an output. */
const projectDir = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PROJECT_PARTS = ['src', 'tests', 'public', 'docs', 'deploy', 'node_modules', '.git', '.ci'];

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + path.sep);

/** A built site from before markers existed: the engine's files, so it may be replaced as well. */
const engineBuilt = (entries: string[]) => ['_headers', 'sw.js', 'index.html', 'pagefind'].every((name) => entries.includes(name));

/** Why `out` must not be written, when it must not. `contentDir` is the content being built. */
export function unsafeOutput(out: string, contentDir: string): string | undefined {
  const folder = `The output folder ${shown(out)}`;
  if (within(contentDir, out)) return `${folder} holds the content folder ${shown(contentDir)}: writing it would delete your content. Choose another folder with --out.`;
  if (within(out, contentDir)) return `${folder} is inside the content folder ${shown(contentDir)}: choose a folder outside it with --out.`;
  if (within(projectDir, out)) return `${folder} holds the engine's own files (${shown(projectDir)}): choose a folder of its own with --out, such as dist/.`;
  const part = PROJECT_PARTS.map((name) => path.join(projectDir, name)).find((dir) => within(out, dir) || within(dir, out));
  if (part) return `${folder} is the engine's ${shown(part)} folder or inside it: choose a folder of its own with --out, such as dist/.`;
  if (!fs.existsSync(out)) return undefined;
  if (!fs.statSync(out).isDirectory()) return `${folder} is a file, not a folder: choose another name with --out.`;
  const entries = fs.readdirSync(out).sort();
  if (entries.length === 0 || entries.includes(MARKER) || engineBuilt(entries)) return undefined;
  const some = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ` and ${entries.length - 3} more` : '');
  return `${folder} holds files the engine did not write (${some}). It replaces its output folder whole, so it will not write there: choose an empty or new folder with --out, or move those files away.`;
}

/** The file that says a run is writing an output folder: beside it, since the folder itself is replaced. */
const busyFile = (out: string) => `${out}.busy`;

/** Whether a process is alive: a killed one not yet reaped (a zombie, state Z in /proc) is not. */
const running = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = `/proc/${pid}/stat`;
  return !(fs.existsSync(stat) && /^\d+ \(.*\) Z/.test(fs.readFileSync(stat, 'utf8')));
};

/** Claims the output folder for this process, or stops when another run is writing it. Returns the release. */
function claimOutput(out: string): () => void {
  const busy = busyFile(out);
  fs.mkdirSync(path.dirname(busy), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(busy, `${process.pid}\n`, { flag: 'wx' });
      return () => fs.rmSync(busy, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(fs.readFileSync(busy, 'utf8').trim());
      if (pid && running(pid)) {
        throw new OutputError(`Another run (process ${pid}) is writing ${shown(out)}. Wait for it to finish, or write elsewhere with --out. If no run is going on, remove ${shown(busy)}.`);
      }
      fs.rmSync(busy, { force: true }); // left by a run that was stopped
    }
  }
  throw new OutputError(`Could not claim ${shown(out)}: remove ${shown(busy)} if no run is going on.`);
}

/**
 * Writes a new version of `out` into a fresh folder beside it and puts it in place only when `write`
 * has finished without an error: a failure leaves `out` exactly as it was, and says so.
 */
export async function replaceFolder<T>(out: string, contentDir: string, write: (staging: string) => Promise<T> | T): Promise<T> {
  const unsafe = unsafeOutput(out, contentDir);
  if (unsafe) throw new OutputError(`${unsafe}\n\nNothing was written.`);
  const release = claimOutput(out);
  const staging = `${out}.new`;
  const old = `${out}.old`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.rmSync(old, { recursive: true, force: true });
    let result: T;
    try {
      result = await write(staging);
      fs.mkdirSync(staging, { recursive: true });
      fs.writeFileSync(path.join(staging, MARKER), MARKER_TEXT);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      const unchanged = fs.existsSync(out) ? `The previous output in ${shown(out)} is unchanged.` : `Nothing was written to ${shown(out)}.`;
      if (error instanceof Error) error.message = `${error.message}\n\n${unchanged}`;
      throw error;
    }
    if (fs.existsSync(out)) fs.renameSync(out, old);
    fs.renameSync(staging, out);
    fs.rmSync(old, { recursive: true, force: true });
    return result;
  } finally {
    release();
  }
}
