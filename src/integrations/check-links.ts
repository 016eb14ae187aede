import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, pagePath } from '../lib/links.ts';
import { contentDir, shown } from '../lib/paths.ts';

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
      'astro:build:done': ({ dir }) => {
        const broken = findBrokenLinks(builtFiles(fileURLToPath(dir)));
        if (broken.length === 0) return;
        const lines = broken.map(({ page, link, reason }) => `  ${page}${sourceOf(page)}: link "${link}": ${reason}`);
        throw new Error(`Broken links (${broken.length}):\n${lines.join('\n')}`);
      },
    },
  };
}
