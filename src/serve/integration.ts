import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../core/build-step.ts';
import { headersFile, precompress, securityHeaders } from './files.ts';

/** Last step of the build: dist/_headers for static hosts, and .br and .gz beside every text file. */
export function serveFilesStep(distDir: string, { log }: BuildContext): void {
  fs.writeFileSync(path.join(distDir, '_headers'), headersFile(securityHeaders(distDir)));
  log.info(`${precompress(distDir)} text files also written as .br and .gz; headers in _headers`);
}
