// Wires Astro to the engine (src/engine.ts); the logic lives in src/.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { loadSiteConfig } from './src/core/site-config.ts';
import { contentDir, outDir } from './src/core/paths.ts';
import { tableCellLabels } from './src/articles/markdown/table-labels.ts';
import { tickBoxes } from './src/articles/markdown/tick-boxes.ts';
import { printAddresses } from './src/articles/markdown/print-addresses.ts';
import { lockguide } from './src/engine.ts';

// A language's broken site.yaml is left to the content check, which runs first and lists every problem.
const site = loadSiteConfig(contentDir, () => {});

export default defineConfig({
  site: site.url,
  outDir,
  // A site's own files served as they are (pictures an article names as /images/…): in its content folder.
  publicDir: path.join(contentDir, 'public'),
  // One cache per content folder, so building another site never reuses this one's data.
  cacheDir: `node_modules/.astro/${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { processor: satteri({ hastPlugins: [tableCellLabels, tickBoxes, printAddresses(site.url)] }) },
  devToolbar: { enabled: false },
  // Old and proxy browsers (Opera Mini, KaiOS 2.5's Gecko 48) must read the CSS: no modern syntax in the output.
  vite: {
    build: {
      cssTarget: ['chrome49', 'firefox48', 'safari9'],
      // MDX compiles every article with a directive Vite's bundler warns about, once per article:
      // harmless, and thousands of lines in a long guide's build.
      rolldownOptions: { onwarn: (warning, warn) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(warning) },
    },
  },
  integrations: [lockguide({ contentDir }), mdx()],
});
