// The site's pictures as an e-book can hold them. The build makes WebP, which EPUB 3.2 readers (and
// epubcheck) do not take: each is carried as a PNG instead, converted with sharp, the library Astro
// itself makes the WebP files with.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export interface BookPictures {
  /** The articles' HTML, WebP pictures named by their PNG copies. */
  html: (articleHtml: string) => string;
  /** A picture's bytes, by its address in the site (or its PNG copy's). */
  picture: (sitePath: string) => Uint8Array | undefined;
}

const WEBP_SRC = /(<img\b[^>]*?\ssrc=")(\/[^"?#]+)\.webp"/g;

export async function bookPictures(distDir: string, articlesHtml: string[]): Promise<BookPictures> {
  const converted = new Map<string, Buffer>();
  for (const html of articlesHtml) {
    for (const [, , webp] of html.matchAll(WEBP_SRC)) {
      if (converted.has(`${webp}.png`)) continue;
      converted.set(`${webp}.png`, await sharp(path.join(distDir, `${webp}.webp`)).png({ compressionLevel: 9 }).toBuffer());
    }
  }
  return {
    html: (articleHtml) => articleHtml.replace(WEBP_SRC, '$1$2.png"'),
    picture: (sitePath) => converted.get(sitePath) ?? (fs.existsSync(path.join(distDir, sitePath)) ? fs.readFileSync(path.join(distDir, sitePath)) : undefined),
  };
}
