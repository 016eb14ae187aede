// Runs Debian's epubcheck (the W3C's EPUB validator) on a book's bytes for the tests. Only tests need it;
// the build never does. Its /usr/bin/epubcheck is a jar that runs only where the system registers jars as
// programs, so it is started with java -jar.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const JAR = process.env.EPUBCHECK_JAR ?? '/usr/share/java/epubcheck.jar';
/** A short run: no optimising compiler, the simplest collector. A check takes a third of the time (3 s, not 6.5 s, here). */
const QUICK_START = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

export interface EpubcheckResult {
  /** Its FATAL, ERROR and WARNING lines (empty for a valid book). */
  problems: string[];
  /** It said "No errors or warnings detected." */
  clean: boolean;
  output: string;
}

export async function epubcheck(bytes: Uint8Array, name: string): Promise<EpubcheckResult> {
  if (!fs.existsSync(JAR)) throw new Error(`epubcheck is not installed (${JAR} is missing): install the Debian package "epubcheck" (apt-get install epubcheck)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'epubcheck-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  try {
    // epubcheck exits with 1 when it finds problems: its output says which, so that is not an error here.
    const { stdout, stderr } = await promisify(execFile)('java', [...QUICK_START, '-jar', JAR, file], { maxBuffer: 16 * 1024 * 1024 }).catch(
      (error: { stdout?: string; stderr?: string; code?: unknown }) => {
        if (error.stdout === undefined) throw error;
        return { stdout: error.stdout, stderr: error.stderr ?? '' };
      },
    );
    const output = `${stdout}${stderr}`;
    return {
      problems: output.split('\n').filter((line) => /^(FATAL|ERROR|WARNING)/.test(line)),
      clean: output.includes('No errors or warnings detected.'),
      output,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
