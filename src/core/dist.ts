// Reading what a build wrote, for the steps that run after it.
import fs from 'node:fs';
import path from 'node:path';

/** The folder of a built site the downloads go in (src/downloads/): files to save, not pages. */
export const DOWNLOADS = 'download';

/** Whether a built file ("download/lockguide-en.html") is a download rather than a page or a file pages use. */
export const isDownload = (file: string) => file.startsWith(`${DOWNLOADS}/`);

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

/** The pictures the given built pages show (<img src="/…">), as sorted paths inside dist: they go wherever the pages go. */
export function picturesOf(distDir: string, pages: string[]): string[] {
  const found = new Set<string>();
  for (const page of pages) {
    for (const [, src] of fs.readFileSync(path.join(distDir, page), 'utf8').matchAll(/<img\b[^>]*?\ssrc="\/([^"?#]+)"/g)) found.add(decodeURIComponent(src!));
  }
  return [...found].filter((file) => fs.existsSync(path.join(distDir, file))).sort();
}
