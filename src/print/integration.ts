import type { BuildContext } from '../core/build-step.ts';
import { chromiumLaunch } from '../core/chromium.ts';
import { publicUrl } from '../core/placeholder-url.ts';
import { publisherName } from '../core/site-config.ts';
import { guideUpdated } from '../core/dist.ts';
import { tenths } from '../core/progress.ts';
import { BOOKLET_MAX_ARTICLES, buildPdfs, removePdfLinks } from './build.ts';

/**
 * Prints the PDF handouts and booklets with Chromium. site.yaml `parts.pdf: false` or
 * LOCKGUIDE_PDF=off (for a quick build) builds without them, and then no page offers one; without
 * Chromium and without either setting, the build stops and says why.
 */
export async function printStep(distDir: string, { site, words, log }: BuildContext): Promise<void> {
  if (!site.parts.pdf || process.env.LOCKGUIDE_PDF === 'off') {
    removePdfLinks(distDir);
    log.info(`PDFs not built (${site.parts.pdf ? 'LOCKGUIDE_PDF=off' : 'site.yaml parts.pdf is false'})`);
    return;
  }
  // Progress by tenths of Chromium's prints: PDFs written / total, and prints done / total.
  let step: (() => void) | undefined;
  const files = await buildPdfs(distDir, {
    onProgress: (prints, pdfs) => (step ??= tenths(prints.total, () => log.info(`PDFs ${pdfs.done}/${pdfs.total}, prints ${prints.done}/${prints.total}`)))(),
    siteUrl: publicUrl(site.url),
    author: publisherName(site),
    chromium: chromiumLaunch,
    languages: Object.fromEntries(
      site.languages.map(({ code }) => [
        code,
        { ...site.languageSites[code]!, publisher: site.publisher, updated: guideUpdated(distDir, code), words: words(code).print as Record<string, string> },
      ]),
    ),
  });
  const skipped = site.languages.filter(({ code }) => !files.some((f) => f.file === `print/${code}/booklet.pdf`)).map(({ code }) => code);
  if (skipped.length > 0) log.warn(`No booklet for ${skipped.join(', ')}: more than ${BOOKLET_MAX_ARTICLES} articles`);
  log.info(`${files.length} PDFs: ${files.map((f) => `${f.file.split('/').pop()} ${f.pages} p. ${Math.round(f.bytes / 1000)} kB`).join(', ')}`);
}
