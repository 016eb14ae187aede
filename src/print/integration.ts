import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { wordsFromDisk } from '../i18n/words.ts';
import { contentDir } from '../core/paths.ts';
import { chromiumLaunch } from '../core/chromium.ts';
import { guideUpdated } from '../core/dist.ts';
import { BOOKLET_MAX_ARTICLES, buildPdfs, removePdfLinks } from './build.ts';
import { tenths } from '../core/progress.ts';

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
        const { edition, site } = await import('../core/site.ts'); // read when the hook runs, after the content check
        if (!site.parts.pdf || process.env.LOCKGUIDE_PDF === 'off') {
          removePdfLinks(distDir);
          logger.info(`PDFs not built (${site.parts.pdf ? 'LOCKGUIDE_PDF=off' : 'site.yaml parts.pdf is false'})`);
          return;
        }
        // Progress by tenths of Chromium's prints: PDFs written / total, and prints done / total.
        let step: (() => void) | undefined;
        const files = await buildPdfs(distDir, {
          onProgress: (prints, pdfs) => (step ??= tenths(prints.total, () => logger.info(`PDFs ${pdfs.done}/${pdfs.total}, prints ${prints.done}/${prints.total}`)))(),
          siteUrl: site.url,
          chromium: chromiumLaunch,
          editions: Object.fromEntries(
            site.languages.map(({ code }) => [code, { ...edition(code), publisher: site.publisher, updated: guideUpdated(distDir, code), words: printWords(code) }]),
          ),
        });
        const skipped = site.languages.filter(({ code }) => !files.some((f) => f.file === `print/${code}/booklet.pdf`)).map(({ code }) => code);
        if (skipped.length > 0) logger.warn(`No booklet for ${skipped.join(', ')}: more than ${BOOKLET_MAX_ARTICLES} articles`);
        logger.info(`${files.length} PDFs: ${files.map((f) => `${f.file.split('/').pop()} ${f.pages} p. ${Math.round(f.bytes / 1000)} kB`).join(', ')}`);
      },
    },
  };
}
