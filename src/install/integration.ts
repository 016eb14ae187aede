// The install step after the build: each language's web app manifest and the app icons.
import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../core/build-step.ts';
import { siteColours } from '../core/colours.ts';
import { shown } from '../core/paths.ts';
import { withScreenshots } from '../core/screenshot.ts';
import { manifestFile } from './contract.ts';
import { iconSource, writeIcons } from './icons.ts';
import { webManifest } from './manifest.ts';

/** Writes each language's web app manifest and the icons they share, before the offline step packs them into each language's save. */
export async function installStep(distDir: string, { site, contentDir, log }: BuildContext): Promise<void> {
  const colours = siteColours();
  for (const { code: lang, dir } of site.languages) {
    const words = site.languageSites[lang]!;
    fs.writeFileSync(path.join(distDir, manifestFile(lang)), JSON.stringify(webManifest({ lang, dir, title: words.title, tagline: words.tagline }, colours)));
  }
  const source = iconSource(contentDir);
  const icons = await withScreenshots((shoot) => writeIcons(distDir, source, colours.header, shoot));
  log.info(`${site.languages.length} manifests; icons from ${shown(source)}: ${icons.map((i) => `${i.file} ${(i.bytes / 1000).toFixed(1)} kB`).join(', ')}`);
}
