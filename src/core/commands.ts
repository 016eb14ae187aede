// Whether a program the build runs (qpdf, zimwriterfs) is installed, asked before the step needs it
// so that its absence is one clear line, not a failure halfway through.
import { execFileSync } from 'node:child_process';

/** True when `command --version` runs. */
export function isInstalled(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
