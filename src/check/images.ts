// The pictures an article shows: a file beside it (![…](./tray.png), which the build turns into a
// small WebP) or in the content folder's public/ (![…](/images/tray.png), copied as it is). Each must
// exist, be a picture, and stay small enough for a slow phone: it is the one download a page makes
// after its first round trip. A picture from another site is refused: pages load nothing from
// another origin.
import fs from 'node:fs';
import path from 'node:path';
import { IMAGE_MAX } from '../core/budgets.ts';
import { shown } from '../core/paths.ts';
import type { BodyLink } from './body-links.ts';
import { problem, type Problem } from './problem.ts';

const PICTURE = /\.(png|jpe?g|webp|gif|avif|svg)$/i;

/** Where an image of an article lies in the content folder. */
function imageFile(url: string, articleFile: string, contentDir: string): string {
  const plain = decodeURIComponent(url.replace(/[?#].*$/, ''));
  return plain.startsWith('/') ? path.join(contentDir, 'public', plain) : path.resolve(path.dirname(articleFile), plain);
}

export function imageProblems(file: string, articleFile: string, contentDir: string, images: BodyLink[]): Problem[] {
  return images.flatMap(({ line, url }): Problem[] => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
      return [problem(file, { line, message: `image "${url}" is on another site: pages load nothing from another origin`, fix: 'save the picture beside the article and write ![what it shows](./name.png)' })];
    }
    const target = imageFile(url, articleFile, contentDir);
    if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
      return [problem(file, { line, message: `image "${url}" is missing: there is no ${shown(target)}`, fix: 'put the picture there, or correct its name (capital letters count)' })];
    }
    if (!PICTURE.test(target)) return [problem(file, { line, message: `image "${url}" is not a picture`, fix: 'use a .png, .jpg, .webp, .gif or .svg file' })];
    const bytes = fs.statSync(target).size;
    if (bytes <= IMAGE_MAX) return [];
    return [
      problem(file, {
        line,
        message: `image "${url}" is ${Math.round(bytes / 1024)} KB: a picture may take at most ${IMAGE_MAX / 1024} KB, so that the page stays quick on a slow phone`,
        fix: 'make it smaller: 600 pixels wide is plenty; save a photo as JPEG or WebP, a drawing as PNG with few colours',
      }),
    ];
  });
}
