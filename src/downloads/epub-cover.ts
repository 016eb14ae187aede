// The e-book's cover, twice: a page of text the reader opens on (title, tagline, version and date,
// publisher), and a picture drawn from the same words that reading apps show on their shelves. The
// picture is SVG text in the app's own sans-serif: no font is carried in the book.
import { escapeAttribute as attr, escapeText as text } from './xhtml.ts';

export interface CoverWords {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  tagline: string;
  publisher: string;
  license?: string;
  /** The address shown, when the site has a public one. */
  siteUrl?: string;
  /** "Version 3, 7 December 2026", filled in. */
  version: string;
}

/** The site header's green (src/styles/base.css), so the book looks like the guide it comes from. */
const COVER_GREEN = '#0f5132';
const WIDTH = 600;
const HEIGHT = 800;
/** Room for text across the picture, leaving a margin each side. */
const TEXT_WIDTH = 520;

/** The cover page's body. */
export function coverBody(cover: CoverWords): string {
  const lines = [
    `<h1>${text(cover.title)}</h1>`,
    `<p class="tagline">${text(cover.tagline)}</p>`,
    `<p>${text(cover.version)}</p>`,
    `<p>${text(cover.publisher)}</p>`,
    cover.license ? `<p>${text(cover.license)}</p>` : '',
    cover.siteUrl ? `<p><a href="${attr(cover.siteUrl)}">${text(cover.siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a></p>` : '',
  ];
  return `<section class="cover" epub:type="cover">${lines.join('')}</section>`;
}

/** The cover picture: the words in white on green, each block wrapped and sized to fit across. */
export function coverSvg(cover: CoverWords): string {
  let y = 200;
  const block = (words: string, largest: number, perLine: number, gapAfter: number) => {
    const lines = wrap(words, perLine);
    // About 0.6 em per character: a long unbroken word gets a smaller size instead of running off the edge.
    const size = Math.min(largest, Math.floor(TEXT_WIDTH / (0.6 * Math.max(...lines.map((line) => [...line].length)))));
    const rows = lines.map((line, index) => {
      if (index > 0) y += Math.round(size * 1.25);
      return `<text x="${WIDTH / 2}" y="${y}" font-size="${size}">${text(line)}</text>`;
    });
    y += gapAfter + size;
    return rows.join('');
  };
  const title = block(cover.title, 72, 12, 40);
  const tagline = block(cover.tagline, 34, 26, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xml:lang="${attr(cover.lang)}" direction="${cover.dir}">
<title>${text(cover.title)}</title>
<rect width="${WIDTH}" height="${HEIGHT}" fill="${COVER_GREEN}"/>
<g fill="#ffffff" font-family="sans-serif" text-anchor="middle">
<g font-weight="bold">${title}</g>
${tagline}
<text x="${WIDTH / 2}" y="${HEIGHT - 60}" font-size="28">${text(cover.publisher)}</text>
</g>
</svg>
`;
}

/** Words in lines of about `perLine` characters, broken at spaces (a longer word keeps a line to itself). */
function wrap(words: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && [...`${last} ${word}`].length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}
