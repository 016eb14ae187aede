// The engine's one Astro integration. Before the pages: the content check, so a build stops on the
// problems `npm run check` lists. After them, each step in order, as a plain function given the built
// folder and the site's configuration: search, PDFs, downloads, offline, link check, directory report, and the
// files a server needs last (they compress everything the others wrote).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildStep } from './core/build-step.ts';
import { pageProgress } from './core/progress.ts';
import { loadSiteConfig } from './core/site-config.ts';
import { isPlaceholderUrl, placeholderUrlNotice } from './core/placeholder-url.ts';
import { wordsFromDisk } from './i18n/words.ts';
import { directoryReportStep } from './directory/index.ts';
import { searchStep } from './search/index.ts';
import { offlineStep } from './offline/index.ts';
import { printStep } from './print/index.ts';
import { downloadsStep } from './downloads/index.ts';
import { serveFilesStep } from './serve/index.ts';
import { seoStep } from './seo/index.ts';
import { installStep } from './install/index.ts';
import { checkContentFirst, linkCheckStep } from './check/index.ts';

/**
 * In order: the downloads hold the search index, the pages as the search-engine and install steps
 * leave them, and offer the booklet; offline lists the search files, PDFs, manifests and icons, and
 * saves the pages with the downloads' sizes; the last step compresses all of them.
 */
const STEPS: [name: string, step: BuildStep][] = [
  ['search', searchStep],
  ['pdf', printStep],
  ['seo', seoStep],
  ['install', installStep],
  ['downloads', downloadsStep],
  ['offline', offlineStep],
  ['check-links', linkCheckStep],
  ['directory-report', directoryReportStep],
  ['serve-files', serveFilesStep],
];

export function lockguide({ contentDir }: { contentDir: string }): AstroIntegration {
  const progress = pageProgress();
  return {
    name: 'lockguide',
    hooks: {
      'astro:config:setup': (options) => {
        progress['astro:config:setup'](options);
        if (options.command === 'build') options.logger.fork('lockguide:check').info(checkContentFirst(contentDir));
      },
      'astro:build:start': progress['astro:build:start'],
      'astro:build:generated': progress['astro:build:generated'],
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const site = loadSiteConfig(contentDir);
        if (isPlaceholderUrl(site.url)) logger.warn(placeholderUrlNotice(site.url));
        for (const [name, step] of STEPS) {
          const log = logger.fork(`lockguide:${name}`);
          const started = performance.now();
          await step(distDir, { site, contentDir, words: (lang) => wordsFromDisk(contentDir, lang), log });
          log.info(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
      },
    },
  };
}
