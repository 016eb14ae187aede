import type { BuildContext } from '../core/build-step.ts';
import { buildSearch } from './build.ts';
import { loadSynonyms } from './synonyms.ts';

/** Writes the search files once the pages exist: Pagefind's index, the instant tier, the interface. */
export async function searchStep(distDir: string, { site, contentDir, words, log }: BuildContext): Promise<void> {
  const codes = site.languages.map((l) => l.code);
  const report = await buildSearch(distDir, {
    synonyms: Object.fromEntries(codes.map((lang) => [lang, loadSynonyms(contentDir, lang)])),
    strings: Object.fromEntries(codes.map((lang) => [lang, words(lang).search as Record<string, string>])),
  });
  const sizes = Object.entries(report.instant).map(([lang, { bytes, holds }]) => `${lang} ${bytes} B${holds === 'everything' ? '' : ` (${holds}: a long guide)`}`);
  log.info(`${report.pages} pages searchable; instant index ${sizes.join(', ')}; Pagefind ${report.pagefindFiles} files`);
}
