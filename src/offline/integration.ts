import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { wordsFromDisk } from '../i18n/words.ts';
import { contentDir } from '../core/paths.ts';
import { formatSize } from '../i18n/format-size.ts';
import { buildOffline } from './build.ts';
import { pagefindCacheTag } from '../search/build.ts';
import { tenths } from '../core/progress.ts';

const offlineWords = (lang: string) => wordsFromDisk(contentDir, lang).offline as Record<string, string>;

/** Writes the service worker and the offline interface, after the search files they list. */
export function offline(): AstroIntegration {
  return {
    name: 'lockguide:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const { site } = await import('../core/site.ts'); // read when the hook runs, after the content check
        const languages = site.languages.map((l) => l.code);
        const report = await buildOffline(distDir, {
          languages,
          pagefindCacheTag: pagefindCacheTag(distDir),
          words: Object.fromEntries(languages.map((lang) => [lang, offlineWords(lang)])),
          onProgress: (total) => tenths(total, (done) => logger.info(`sizes (brotli) ${done}/${total} files`)),
        });
        const sizes = Object.entries(report.languages).map(
          ([lang, m]) => `${lang} ${m.pages.files.length} files, ${formatSize(m.pages.bytes, 'en')} (+ full text ${formatSize(m.fullText.bytes, 'en')}, + PDFs ${formatSize(m.pdfs.bytes, 'en')})`,
        );
        logger.info(`version ${report.version}; a save: ${sizes.join('; ')}`);
      },
    },
  };
}
