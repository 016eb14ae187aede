import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../core/build-step.ts';
import { headersFile, precompress, securityHeaders, TEXT_FILE } from './files.ts';
import { distFiles } from '../core/dist.ts';
import { tenths } from '../core/progress.ts';

/** Last step of the build: dist/_headers for static hosts, and .br and .gz beside every text file. */
export async function serveFilesStep(distDir: string, { log }: BuildContext): Promise<void> {
  fs.writeFileSync(path.join(distDir, '_headers'), headersFile(securityHeaders(distDir)));
  const text = distFiles(distDir).filter((file) => TEXT_FILE.test(file)).length;
  const compressed = await precompress(distDir, tenths(text, (done) => log.info(`compressed ${done}/${text} files`)));
  log.info(`${compressed} text files also written as .br and .gz; headers in _headers`);
}
