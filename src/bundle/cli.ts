// `npm run bundle`: after a build, writes bundle/<id>-<lang>/ and .zip for each language, and
// bundle/<id>-all/ and .zip with every language.
import fs from 'node:fs';
import path from 'node:path';
import { makeBundle, type BundleReport } from './build.ts';
import { guideUpdated } from '../core/dist.ts';
import { versionOf } from '../offline/index.ts';
import { wordsFromDisk } from '../i18n/words.ts';
import { contentDir, outDir } from '../core/paths.ts';
import { languageSite, site } from '../core/site.ts';

const readmeOf = (lang: string) => wordsFromDisk(contentDir, lang).bundle.readme.replaceAll('{title}', languageSite(lang).title);

export function writeBundles(distDir: string, bundleDir: string): BundleReport[] {
  fs.mkdirSync(bundleDir, { recursive: true });
  const version = versionOf(distDir);
  const codes = site.languages.map((l) => l.code);
  const sets: [string, string[]][] = [...codes.map((lang): [string, string[]] => [lang, [lang]]), ['all', codes]];
  return sets.map(([suffix, languages]) => {
    const main = languages.includes(site.defaultLanguage) ? site.defaultLanguage : languages[0]!;
    return makeBundle(distDir, bundleDir, `${site.id}-${suffix}`, { languages, siteUrl: site.url, version, updated: guideUpdated(distDir, main), readme: readmeOf(main) });
  });
}

if (import.meta.main) {
  if (!site.parts.bundle) {
    console.log('Bundles are turned off: site.yaml parts.bundle is false.');
    process.exit(0);
  }
  for (const report of writeBundles(outDir, path.resolve(process.env.LOCKGUIDE_BUNDLE ?? 'bundle'))) {
    const shown = (file: string) => path.relative(process.cwd(), file);
    console.log(`${shown(report.folder)}/: ${report.files} files, ${report.bytes} bytes; ${shown(report.zip)}: ${report.zipBytes} bytes`);
  }
}
