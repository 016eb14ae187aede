import type { BuildContext } from '../core/build-step.ts';
import { tenths } from '../core/progress.ts';
import { formatSize } from '../i18n/format.ts';
import { buildOffline } from './build.ts';
import { pagefindCacheTag } from '../search/index.ts';

/** Writes the service worker and the offline interface, after the search files they list. */
export async function offlineStep(distDir: string, { site, words, log }: BuildContext): Promise<void> {
  const languages = site.languages.map((l) => l.code);
  const report = await buildOffline(distDir, {
    languages,
    pagefindCacheTag: pagefindCacheTag(distDir),
    words: Object.fromEntries(languages.map((lang) => [lang, words(lang).offline as Record<string, string>])),
    onProgress: (total) => tenths(total, (done) => log.info(`sizes (brotli) ${done}/${total} files`)),
  });
  const sizes = Object.entries(report.languages).map(
    ([lang, m]) => `${lang} ${m.pages.files.length} files, ${formatSize(m.pages.bytes, 'en')} (+ full text ${formatSize(m.fullText.bytes, 'en')}, + PDFs ${formatSize(m.pdfs.bytes, 'en')})`,
  );
  log.info(`version ${report.version}; a save: ${sizes.join('; ')}`);
}
