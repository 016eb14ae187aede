// `npm run bundle [-- --content DIR] [--out DIR]`: builds the site into DIR (dist/), then writes
// bundle/<id>-<lang>/ and .zip for each language, and bundle/<id>-all/ and .zip, in a bundle/ folder
// beside it (LOCKGUIDE_BUNDLE names another). The bundle folder is replaced only when all are written.
import path from 'node:path';
import { readArgs } from '../core/cli-args.ts';
import { replaceFolder } from '../core/output-folder.ts';
import { contentDir, outDir, shown } from '../core/paths.ts';
import { loadSiteConfig } from '../core/site-config.ts';
import { explain, runBuild } from '../build/index.ts';
import { writeBundles } from './build.ts';

readArgs({ options: { content: { type: 'string' }, out: { type: 'string' } } }, 'npm run bundle [-- --content DIR] [--out DIR]'); // core/paths.ts reads them

try {
  const site = loadSiteConfig(contentDir);
  if (!site.parts.bundle) {
    console.log('Bundles are turned off: site.yaml parts.bundle is false.');
    process.exit(0);
  }
  if (!runBuild(contentDir, outDir)) process.exit(1);
  const bundleDir = path.resolve(process.env.LOCKGUIDE_BUNDLE || path.join(path.dirname(outDir), 'bundle'));
  const reports = await replaceFolder(bundleDir, contentDir, (staging) => writeBundles(site, contentDir, outDir, staging));
  for (const report of reports) {
    const inPlace = (file: string) => shown(path.join(bundleDir, path.basename(file)));
    console.log(`${inPlace(report.folder)}/: ${report.files} files, ${report.bytes} bytes; ${inPlace(report.zip)}: ${report.zipBytes} bytes`);
  }
} catch (error) {
  console.error(`\n${explain(error, false, 'Bundle')}`);
  process.exitCode = 1;
}
