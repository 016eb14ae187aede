// Reading what a build wrote, for the steps that run after it.
import fs from 'node:fs';
import path from 'node:path';

/** Every file in a built site, as sorted paths relative to it with forward slashes: "en/index.html". */
export function distFiles(distDir: string): string[] {
  return fs
    .readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(distDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The date a built language home page gives, in its footer, as the guide's last update. */
export function guideUpdated(distDir: string, lang: string): string {
  return /<footer[\s\S]*?<time datetime="([^"]+)"/.exec(fs.readFileSync(path.join(distDir, lang, 'index.html'), 'utf8'))?.[1] ?? '';
}
