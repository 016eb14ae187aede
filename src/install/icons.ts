// The app icons, drawn at build from one SVG: the site's content/icon.svg, or the engine's (an open
// book). Each is the SVG on the header's colour, filling the square: "any" icons with the drawing
// at 70 %, the "maskable" one within the middle 56 %, safe from any shape a phone cuts it to (a circle
// at the smallest). A browser may fetch the 192 px icon on a visit without installing, so it is kept
// to a few hundred bytes: square corners (no see-through edge) and a small palette.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Shoot } from '../core/screenshot.ts';
import { ICONS } from './contract.ts';

/** An icon is two colours and the edges between them: 8 colours draw them, and keep the file small. */
const ICON_COLOURS = 8;

const ENGINE_ICON = fileURLToPath(new URL('./icon.svg', import.meta.url));

/** The icon's source: the site's own when it has one. */
export const iconSource = (contentDir: string) => (fs.existsSync(path.join(contentDir, 'icon.svg')) ? path.join(contentDir, 'icon.svg') : ENGINE_ICON);

export function iconHtml(svg: string, size: number, purpose: 'any' | 'maskable', background: string): string {
  const drawing = Math.round(size * (purpose === 'maskable' ? 0.56 : 0.7));
  return `<!doctype html><meta charset="utf-8"><style>html,body{margin:0}
div{width:${size}px;height:${size}px;background:${background};display:flex;align-items:center;justify-content:center}
img{width:${drawing}px;height:${drawing}px}</style><div><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></div>`;
}

/** Writes every icon into dist; returns each file with its size in bytes. */
export async function writeIcons(distDir: string, source: string, background: string, shoot: Shoot): Promise<{ file: string; bytes: number }[]> {
  const svg = fs.readFileSync(source, 'utf8'); // a site's own was checked first (src/check/icon.ts)
  const written = [];
  for (const { file, size, purpose } of ICONS) {
    const png = await shoot(iconHtml(svg, size, purpose, background), size, size, { colours: ICON_COLOURS });
    fs.mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
    fs.writeFileSync(path.join(distDir, file), png);
    written.push({ file, bytes: png.length });
  }
  return written;
}
