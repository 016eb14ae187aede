import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, precompress, securityHeaders } from './files.ts';

/** Last step of the build: dist/_headers for static hosts, and .br and .gz beside every text file. */
export function serveFiles(): AstroIntegration {
  return {
    name: 'lockguide:serve-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        fs.writeFileSync(path.join(distDir, '_headers'), headersFile(securityHeaders(distDir)));
        logger.info(`${precompress(distDir)} text files also written as .br and .gz; headers in _headers`);
      },
    },
  };
}
