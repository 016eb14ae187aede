// Share-preview images, one per language and part of the site (each section, the directory, the
// home page for the rest): the site's name and the part's name in large type on the header's colour,
// centred in the middle square, so they stay readable when WhatsApp shrinks the picture to a
// thumbnail or cuts that square out of it. Only the app that builds a preview downloads one; readers never do.
import fs from 'node:fs';
import path from 'node:path';
import { escapeHtml } from '../core/html.ts';
import type { Shoot } from '../core/screenshot.ts';
import type { SiteConfig } from '../core/site-config.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewParts, previewPath } from './head.ts';

/** Three shades of text on one ground, and the edges between them: 64 colours draw them smoothly, in 10–20 kB. */
const PREVIEW_COLOURS = 64;

export interface PreviewCard {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The file's name without .png: a section, "directory" or "home". */
  name: string;
  siteTitle: string;
  /** The part's name; the home page's card gives the site's tagline. */
  heading: string;
  /** The site's address as readers know it ("lockguide.org"), at the foot of the card. */
  address: string;
}

/** Every card of a site: per language, home first, then each part. */
export function previewCards(site: SiteConfig, address: string): PreviewCard[] {
  return site.languages.flatMap(({ code: lang, dir }) => {
    const words = site.languageSites[lang]!;
    const card = (name: string, heading: string): PreviewCard => ({ lang, dir, name, siteTitle: words.title, heading, address });
    return [
      card('home', words.tagline),
      ...previewParts(site).map((part) => card(part, part === 'directory' ? words.directory!.title : words.sections[part]!.title)),
    ];
  });
}

/** The text keeps to the middle square: the part WhatsApp keeps of a picture it shows as a small thumbnail. */
const SQUARE = PREVIEW_HEIGHT;

/** One card as an HTML document: system fonts (Noto for Devanagari and Arabic), colours of the site's header. */
export function cardHtml(card: PreviewCard, colours: { background: string; text: string }): string {
  return `<!doctype html><html lang="${escapeHtml(card.lang)}" dir="${card.dir}"><meta charset="utf-8"><style>
html,body{margin:0;width:${PREVIEW_WIDTH}px;height:${PREVIEW_HEIGHT}px;overflow:hidden}
body{box-sizing:border-box;padding:40px ${(PREVIEW_WIDTH - SQUARE) / 2}px;display:flex;flex-direction:column;justify-content:center;align-items:center;text-align:center;gap:24px;
background:${colours.background};color:${colours.text};font-family:'Noto Sans','Noto Sans Devanagari','Noto Sans Arabic','DejaVu Sans',sans-serif}
p{margin:0;line-height:1.15;overflow-wrap:break-word;max-width:100%}
.site{font-size:52px;font-weight:700;opacity:.9}
.part{font-size:72px;font-weight:700;display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
.address{font-size:30px;opacity:.85}
</style><p class="site">${escapeHtml(card.siteTitle)}</p><p class="part">${escapeHtml(card.heading)}</p><p class="address">${escapeHtml(card.address)}</p>`;
}

/** Writes every card into dist at its previewPath; returns the files' sizes in bytes. */
export async function writePreviews(distDir: string, cards: PreviewCard[], colours: { background: string; text: string }, shoot: Shoot): Promise<number[]> {
  const sizes: number[] = [];
  for (const card of cards) {
    const file = path.join(distDir, previewPath(card.lang, card.name));
    const png = await shoot(cardHtml(card, colours), PREVIEW_WIDTH, PREVIEW_HEIGHT, { colours: PREVIEW_COLOURS });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, png);
    sizes.push(png.length);
  }
  return sizes;
}
