import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { wordsFromDisk } from '../i18n/words.ts';
import { contentDir } from '../core/paths.ts';
import { buildSearch } from './build.ts';
import { loadSynonyms } from './synonyms.ts';

const searchWords = (lang: string) => wordsFromDisk(contentDir, lang).search as Record<string, string>;

/** Writes the search files once the pages exist: Pagefind's index, the instant tier, the interface. */
export function search(): AstroIntegration {
  return {
    name: 'lockguide:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { site } = await import('../core/site.ts'); // read when the hook runs, after the content check
        const codes = site.languages.map((l) => l.code);
        const report = await buildSearch(fileURLToPath(dir), {
          synonyms: Object.fromEntries(codes.map((lang) => [lang, loadSynonyms(contentDir, lang)])),
          strings: Object.fromEntries(codes.map((lang) => [lang, searchWords(lang)])),
        });
        const sizes = Object.entries(report.instant).map(([lang, { bytes, holds }]) => `${lang} ${bytes} B${holds === 'everything' ? '' : ` (${holds}: a long guide)`}`);
        logger.info(`${report.pages} pages searchable; instant index ${sizes.join(', ')}; Pagefind ${report.pagefindFiles} files`);
      },
    },
  };
}
