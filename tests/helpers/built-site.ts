// Reads the built site in dist/ for tests: every page, its address and its HTML (not the downloads).
import fs from 'node:fs';
import path from 'node:path';
import { isDownload } from '../../src/core/dist.ts';
import { pagePath } from '../../src/core/hrefs.ts';

export const distDir = path.resolve(process.env.LOCKGUIDE_OUT ?? 'dist');

export interface BuiltPage {
  /** Site address, e.g. "/en/start/is-this-your-screen/" or "/404.html". */
  path: string;
  file: string;
  html: string;
}

export function builtPages(dir = distDir): BuiltPage[] {
  if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: run "npm run build" first`);
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    // The downloads (download/<id>-<lang>.html, the whole guide in one file) are files to save, not pages.
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !isDownload(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')))
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { path: pagePath(path.relative(dir, file)), file, html: fs.readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
