// What other features use of the build: running it as `npm run build` does, in its own process (each
// Astro build gets a fresh one), for the commands that build before they bundle or make an edition;
// and the wording of a failure.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export { explain } from './messages.ts';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** Builds `contentDir` into `outDir`; true when the build passed (its messages go to this process's output). */
export function runBuild(contentDir: string, outDir: string): boolean {
  const result = spawnSync(process.execPath, [cli, '--content', contentDir, '--out', outDir], { stdio: 'inherit' });
  return result.status === 0;
}
