import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { wordsFromDisk } from '../lib/interface-words.ts';
import { contentDir } from '../lib/paths.ts';
import { chromiumLaunch } from '../lib/chromium.ts';
import { guideUpdated } from '../lib/dist-files.ts';
import { buildPdfs, removePdfLinks } from '../lib/pdf-build.ts';

const printWords = (lang: string) => wordsFromDisk(contentDir, lang).print as Record<string, string>;

/**
 * Prints the PDF handouts and booklets with Chromium. site.yaml `parts.pdf: false` or
 * LOCKGUIDE_PDF=off (for a quick build) builds without them, and then no page offers one; without
 * Chromium and without either setting, the build stops and says why.
 */
export function pdf(): AstroIntegration {
  return {
    name: 'lockguide:pdf',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { edition, site } = await import('../lib/site.ts'); // read when the hook runs, after the content check
        if (!site.parts.pdf || process.env.LOCKGUIDE_PDF === 'off') {
          removePdfLinks(distDir);
          logger.info(`PDFs not built (${site.parts.pdf ? 'LOCKGUIDE_PDF=off' : 'site.yaml parts.pdf is false'})`);
          return;
        }
        const files = await buildPdfs(distDir, {
          siteUrl: site.url,
          chromium: chromiumLaunch,
          editions: Object.fromEntries(
            site.languages.map(({ code }) => [code, { ...edition(code), publisher: site.publisher, updated: guideUpdated(distDir, code), words: printWords(code) }]),
          ),
        });
        logger.info(`${files.length} PDFs: ${files.map((f) => `${f.file.split('/').pop()} ${f.pages} p. ${Math.round(f.bytes / 1000)} kB`).join(', ')}`);
      },
    },
  };
}
