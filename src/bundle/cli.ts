// `npm run bundle`: after a build, writes bundle/<id>-<lang>/ and .zip for each language, and
// bundle/<id>-all/ and .zip with every language.
import path from 'node:path';
import { contentDir, outDir } from '../core/paths.ts';
import { loadSiteConfig } from '../core/site-config.ts';
import { writeBundles } from './build.ts';

const site = loadSiteConfig(contentDir);
if (!site.parts.bundle) {
  console.log('Bundles are turned off: site.yaml parts.bundle is false.');
  process.exit(0);
}
for (const report of writeBundles(site, contentDir, outDir, path.resolve(process.env.LOCKGUIDE_BUNDLE ?? 'bundle'))) {
  const shown = (file: string) => path.relative(process.cwd(), file);
  console.log(`${shown(report.folder)}/: ${report.files} files, ${report.bytes} bytes; ${shown(report.zip)}: ${report.zipBytes} bytes`);
}
