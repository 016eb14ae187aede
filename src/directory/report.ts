import type { AstroIntegration } from 'astro';
import { staleChecks } from './load.ts';

const MONTHS = 12;

/** After the build: what the directory holds, and a warning listing every contact not checked for a year. */
export function directoryReport(): AstroIntegration {
  return {
    name: 'lockguide:directory-report',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const { directory, localDirectory, site } = await import('../core/site.ts'); // read when the hook runs, after the content check
        if (!directory) return;
        const { organisations, countries } = directory;
        const channels = organisations.reduce((sum, org) => sum + org.channels.length, 0);
        logger.info(`${organisations.length} organisations in ${countries.size} countries, ${channels} contacts and payment channels`);
        for (const { code } of site.languages.filter((l) => l.code !== site.defaultLanguage)) {
          const { untranslated, stale } = localDirectory(code)!;
          if (untranslated > 0) logger.info(`${code}: ${untranslated} directory texts not translated yet, shown in ${site.defaultLanguage}`);
          if (stale.length > 0) {
            const lines = stale.map(({ file, text }) => `  ${file}: "${text}"`);
            logger.warn(`${code}: translated directory texts whose source text changed (${stale.length}): translate the new text and remove these.\n${lines.join('\n')}`);
          }
        }
        const stale = staleChecks(directory, new Date().toISOString().slice(0, 10), MONTHS);
        if (stale.length === 0) return;
        const lines = stale.map(({ file, what, checked }) => `  ${file}: ${what} (checked ${checked})`);
        logger.warn(`Last checked more than ${MONTHS} months ago (${stale.length}): check these at their source again.\n${lines.join('\n')}`);
      },
    },
  };
}
