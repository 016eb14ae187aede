import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { externalLinks, findBrokenLinks, pagePath } from './links.ts';
import { contentDir, shown } from '../core/paths.ts';

function builtFiles(dir: string): Map<string, string | null> {
  const files = new Map<string, string | null>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, full);
    files.set(pagePath(relative), full.endsWith('.html') ? fs.readFileSync(full, 'utf8') : null);
  }
  return files;
}

/** Names the content file a page was built from, when there is one, so the author knows what to edit. */
function sourceOf(page: string): string {
  const file = path.join(contentDir, `${page.replace(/^\/|\/$/g, '')}.mdx`);
  return fs.existsSync(file) ? ` (${shown(file)})` : '';
}

/** Fails the build when any page links to a page or an anchor that does not exist. */
export function checkLinks(): AstroIntegration {
  return {
    name: 'lockguide:check-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = builtFiles(fileURLToPath(dir));
        const external = externalLinks(files);
        // One list per site (named by its id): another site's or an edition's build does not overwrite it.
        const { site } = await import('../core/site.ts');
        const report = `reports/external-links-${site.id}.txt`;
        fs.mkdirSync('reports', { recursive: true });
        fs.writeFileSync(report, [...external].map(([url, pages]) => `${url}\t${pages.length} page(s): ${pages.slice(0, 3).join(' ')}`).join('\n') + '\n');
        const insecure = [...external.keys()].filter((url) => url.startsWith('http:'));
        if (insecure.length > 0) throw new Error(`Links to http: (use https):\n${insecure.map((url) => `  ${url} on ${external.get(url)!.join(', ')}`).join('\n')}`);
        logger.info(`${external.size} external links, all https (list: ${report})`);
        const broken = findBrokenLinks(files);
        if (broken.length === 0) return;
        const lines = broken.map(({ page, link, reason }) => `  ${page}${sourceOf(page)}: link "${link}": ${reason}`);
        throw new Error(`Broken links (${broken.length}):\n${lines.join('\n')}`);
      },
    },
  };
}
