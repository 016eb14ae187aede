// Draws a screen as inline SVG: a device outline with the screen's elements stacked down its middle.
// Words are real <text> nodes (searchable, translatable, read by the page's own font); every colour
// is currentColor, greys are its opacity, so dark mode, high contrast and black-and-white print
// follow the page's text colour. No external reference, no script: it renders wherever SVG does.
import { escapeHtml } from '../core/html.ts';
import type { TextLanguage } from '../core/site-config.ts';
import { PLACEHOLDER, type ScreenElement } from './schema.ts';

/** The drawing's coordinate space: a device 100 wide and 180 tall; elements sit between x 10 and 90. */
const WIDTH = 100;
const HEIGHT = 180;
const MIDDLE = 50;
const TEXT_WIDTH = 80;
const TOP = 16;
const BOTTOM = 166;
const GAP = 5;
/** Average width of a character as a share of the font size, to wrap text without measuring it. */
const CHARACTER_WIDTH = 0.5;

const GREY = 'fill-opacity=".3"';
const WHOLE_PLACEHOLDER = new RegExp(`^${PLACEHOLDER.source}$`);

type Part = { height: number; svg: (y: number) => string };

/** Words and [placeholders] in reading order, wrapped to lines: a placeholder gets a line of its own, drawn as a grey box. */
function wrap(text: string, size: number): ({ words: string } | { box: true })[] {
  const perLine = Math.floor(TEXT_WIDTH / (size * CHARACTER_WIDTH));
  const out: ({ words: string } | { box: true })[] = [];
  for (const piece of text.split(new RegExp(`(${PLACEHOLDER.source})`))) {
    if (WHOLE_PLACEHOLDER.test(piece)) {
      out.push({ box: true });
      continue;
    }
    let line = '';
    for (const word of piece.trim().split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > perLine) {
        out.push({ words: line });
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push({ words: line });
  }
  return out;
}

const box = (x: number, y: number, w: number, h: number) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="1.5" ${GREY}/>`;

function words(text: string, size: number, bold: boolean, lang: string): Part {
  const lineHeight = size * 1.25;
  const lines = wrap(text, size);
  const attributes = `font-size="${size}"${bold ? ' font-weight="bold"' : ''}${lang ? ` lang="${lang}"` : ''}`;
  return {
    height: lines.length * lineHeight,
    svg: (y) =>
      lines
        .map((line, i) =>
          'box' in line
            ? box(MIDDLE - 20, y + i * lineHeight + lineHeight * 0.2, 40, lineHeight * 0.7)
            : `<text x="${MIDDLE}" y="${(y + i * lineHeight + size).toFixed(1)}" text-anchor="middle" ${attributes}>${escapeHtml(line.words)}</text>`,
        )
        .join(''),
  };
}

/** A button's words sit in its middle; a [placeholder] at its end becomes a grey box after them. */
function button(text: string | undefined, lang: string): Part {
  const label = text?.replace(PLACEHOLDER, '').trim() ?? '';
  const named = text !== undefined && label !== text;
  const anchor = named && label ? 'end' : 'middle';
  const x = named && label ? MIDDLE + 4 : MIDDLE;
  return {
    height: 14,
    svg: (y) =>
      `<rect x="14" y="${y}" width="72" height="14" rx="7" fill="none" stroke="currentColor"/>` +
      (label ? `<text x="${x}" y="${y + 9.8}" text-anchor="${anchor}" font-size="7.5"${lang ? ` lang="${lang}"` : ''}>${escapeHtml(label)}</text>` : '') +
      (named ? box(label ? MIDDLE + 6 : MIDDLE - 14, y + 4, label ? 26 : 28, 6) : ''),
  };
}

/** Circles in a grid, as on a keypad or the dots a pattern is drawn through. */
function grid(columns: number, rows: number, step: number, rowStep: number, r: number, y: number, filled: boolean): string {
  const out: string[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const cx = MIDDLE + (column - (columns - 1) / 2) * step;
      out.push(`<circle cx="${cx}" cy="${y + r + row * rowStep}" r="${r}"${filled ? '' : ' fill="none" stroke="currentColor" stroke-width=".75"'}/>`);
    }
  }
  return out.join('');
}

const SHAPES: Record<string, (count: number) => Part> = {
  lines: (count) => ({
    height: count * 7 - 3.5,
    svg: (y) => Array.from({ length: count }, (_, i) => box(i === count - 1 && count > 1 ? 22 : 10, y + i * 7, i === count - 1 && count > 1 ? 56 : 80, 3.5)).join(''),
  }),
  name: () => ({ height: 8, svg: (y) => box(MIDDLE - 22, y, 44, 8) }),
  padlock: () => ({
    height: 24,
    svg: (y) => `<path d="M44 ${y + 11}v-4a6 6 0 0 1 12 0v4" fill="none" stroke="currentColor" stroke-width="2.5"/><rect x="40" y="${y + 10}" width="20" height="14" rx="2"/>`,
  }),
  keypad: () => ({
    height: 51,
    svg: (y) =>
      grid(3, 4, 16, 13.5, 5.5, y, false) +
      ['123', '456', '789', ' 0 ']
        .map((row, i) => `<text x="${row === ' 0 ' ? MIDDLE : '34 50 66'}" y="${y + 8 + i * 13.5}" text-anchor="middle" font-size="7">${row.trim()}</text>`)
        .join(''),
  }),
  dots: () => ({ height: 5, svg: (y) => [-12, -4, 4, 12].map((dx) => `<circle cx="${MIDDLE + dx}" cy="${y + 2.5}" r="2.5"/>`).join('') }),
  pattern: () => ({
    height: 54,
    svg: (y) => `${grid(3, 3, 24, 24, 3, y, true)}<path d="M26 ${y + 3}H${MIDDLE}V${y + 27}L74 ${y + 51}" fill="none" stroke="currentColor" stroke-width="2" stroke-opacity=".5"/>`,
  }),
  field: () => ({ height: 12, svg: (y) => `<rect x="12" y="${y}" width="76" height="12" rx="1.5" fill="none" stroke="currentColor" stroke-width=".75"/>` }),
  call: () => ({
    height: 18,
    svg: (y) =>
      `<circle cx="${MIDDLE}" cy="${y + 9}" r="9" fill="none" stroke="currentColor"/><path d="M45.5 ${y + 4.5}l2.5-.5 1.5 3-1.5 1.2a7 7 0 0 0 3 3l1.2-1.5 3 1.5-.5 2.5c-5 .5-9.5-4-9.2-9.2z"/>`,
  }),
  sim: () => ({
    height: 28,
    svg: (y) => `<path d="M40 ${y}h14l6 6v22H40z" fill="none" stroke="currentColor" stroke-width="1.5"/><rect x="44" y="${y + 11}" width="12" height="11" rx="1.5" ${GREY}/>`,
  }),
  'no-signal': () => ({
    height: 14,
    svg: (y) =>
      [0, 1, 2, 3].map((i) => `<rect x="${41 + i * 5}" y="${y + 10 - i * 3}" width="3" height="${4 + i * 3}" ${GREY}/>`).join('') +
      `<path d="M41 ${y}l18 14M59 ${y}l-18 14" stroke="currentColor" stroke-width="1.5"/>`,
  }),
  apps: (count) => ({
    height: Math.ceil(count / 3) * 22 - 6,
    svg: (y) => Array.from({ length: count }, (_, i) => `<rect x="${22 + (i % 3) * 22}" y="${y + Math.floor(i / 3) * 22}" width="14" height="16" rx="3" ${GREY}/>`).join(''),
  }),
  badge: () => ({
    height: 16,
    svg: (y) => `<rect x="40" y="${y + 4}" width="20" height="12" rx="2"/><path d="M45 ${y + 4}v-2.5a1.5 1.5 0 0 1 1.5-1.5h7a1.5 1.5 0 0 1 1.5 1.5v2.5" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  }),
  account: () => ({
    height: 22,
    svg: (y) => `<circle cx="${MIDDLE}" cy="${y + 11}" r="11" fill="none" stroke="currentColor"/><circle cx="${MIDDLE}" cy="${y + 8}" r="4"/><path d="M42 ${y + 19}a9 6 0 0 1 16 0"/>`,
  }),
};

function part(element: ScreenElement, lang: string): Part {
  if (element.kind === 'title') return words(element.text!, 9, true, lang);
  if (element.kind === 'message') return words(element.text!, 8, false, lang);
  if (element.kind === 'button') return button(element.text, lang);
  return SHAPES[element.kind]!(element.count);
}

export interface DrawingName {
  /** The accessible name, the drawing's own <title>: no id, so a page's ids stay those its article writes. */
  title: string;
  /** The language and direction of the drawn words, when they are not the page's. */
  words?: TextLanguage;
}

/** The drawing's markup: one <svg> that names itself (role="img" and its <title>), its elements centred top to bottom. */
export function drawScreen(elements: ScreenElement[], name: DrawingName): string {
  const parts = elements.map((element) => part(element, name.words?.lang ?? ''));
  const total = parts.reduce((sum, p) => sum + p.height, 0) + GAP * (parts.length - 1);
  let y = Math.max(TOP, TOP + (BOTTOM - TOP - total) / 2);
  const body = parts
    .map((p) => {
      const svg = p.svg(Math.round(y * 10) / 10);
      y += p.height + GAP;
      return svg;
    })
    .join('');
  return (
    `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" fill="currentColor" font-family="inherit"${name.words ? ` direction="${name.words.dir}"` : ''}>` +
    `<title>${escapeHtml(name.title)}</title>` +
    `<rect x=".75" y=".75" width="98.5" height="178.5" rx="11" fill="none" stroke="currentColor" stroke-width="1.5"/>` +
    `<rect x="5" y="11" width="90" height="158" rx="2" fill="none" stroke="currentColor" stroke-width=".5"/>` +
    `<path d="M43 6h14" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/>` +
    body +
    `</svg>`
  );
}

/** Total height the elements take, for the check that a screen fits on its device. */
export function drawnHeight(elements: ScreenElement[]): number {
  return elements.map((e) => part(e, '').height).reduce((sum, h) => sum + h, 0) + GAP * (elements.length - 1);
}

/** The room a drawing has for its elements. */
export const SCREEN_ROOM = BOTTOM - TOP;
