import type { BuildContext } from '../core/build-step.ts';
import { loadDirectory, staleChecks } from './load.ts';
import { languageDirectory } from './translations.ts';
import { today } from '../core/today.ts';

const MONTHS = 12;

/** After the build: what the directory holds, and a warning listing every contact not checked for a year. */
export function directoryReportStep(_distDir: string, { site, contentDir, log }: BuildContext): void {
  if (!site.directory) return;
  const directory = loadDirectory(contentDir, site.directory);
  const { organisations, countries } = directory;
  const channels = organisations.reduce((sum, org) => sum + org.channels.length, 0);
  log.info(`${organisations.length} organisations in ${countries.size} countries, ${channels} contacts and payment channels`);
  for (const { code } of site.languages.filter((l) => l.code !== site.defaultLanguage)) {
    const { untranslated, stale } = languageDirectory(contentDir, code, site, directory);
    if (untranslated > 0) log.info(`${code}: ${untranslated} directory texts not translated yet, shown in ${site.defaultLanguage}`);
    if (stale.length > 0) {
      const lines = stale.map(({ file, text }) => `  ${file}: "${text}"`);
      log.warn(`${code}: translated directory texts whose source text changed (${stale.length}): translate the new text and remove these.\n${lines.join('\n')}`);
    }
  }
  const stale = staleChecks(directory, today(), MONTHS);
  if (stale.length === 0) return;
  const lines = stale.map(({ file, what, checked }) => `  ${file}: ${what} (checked ${checked})`);
  log.warn(`Last checked more than ${MONTHS} months ago (${stale.length}): check these at their source again.\n${lines.join('\n')}`);
}
