import type { BuildContext } from '../core/build-step.ts';
import { formatSize } from '../i18n/format.ts';
import { buildOffline } from './build.ts';
import { pagefindCacheTag } from '../search/index.ts';

/** Writes the save packs, the service worker and the offline interface, after the search files they hold. */
export async function offlineStep(distDir: string, { site, words, log }: BuildContext): Promise<void> {
  const languages = site.languages.map((l) => l.code);
  let packed = 0;
  const report = await buildOffline(distDir, {
    languages,
    pagefindCacheTag: pagefindCacheTag(distDir),
    words: Object.fromEntries(languages.map((lang) => [lang, words(lang).offline as Record<string, string>])),
    onPacked: () => log.info(`packs measured for ${++packed} of ${languages.length} languages`),
  });
  const sizes = Object.entries(report.languages).map(
    ([lang, l]) =>
      `${lang} ${report.files[lang]!.pages.length} files in one pack of ${formatSize(l.pages.bytes, 'en')} (gzip ${formatSize(l.pages.gzipBytes, 'en')}; + full text ${formatSize(l.fullText?.bytes ?? 0, 'en')}, + PDFs ${formatSize(l.pdfs, 'en')})`,
  );
  log.info(`version ${report.version}; a save: ${sizes.join('; ')}`);
}
