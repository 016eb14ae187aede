import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../core/build-step.ts';
import { headersFile, precompress, securityHeaders } from './files.ts';
import { tenths } from '../core/progress.ts';

/** Last step of the build: dist/_headers for static hosts, and .br and .gz beside every text file. */
export async function serveFilesStep(distDir: string, { log }: BuildContext): Promise<void> {
  fs.writeFileSync(path.join(distDir, '_headers'), headersFile(securityHeaders(distDir)));
  const compressed = await precompress(distDir, (total) => tenths(total, (done) => log.info(`compressed ${done}/${total} files`)));
  log.info(`${compressed} text files also written as .br and .gz; headers in _headers`);
}
