// The built articles reshaped into e-book chapters: what a book cannot use is taken out (scripts, forms,
// PDF offers, the printed QR block, attributes only the site reads), links between articles point at the
// chapters' files, links to the rest of the site go to its public address or, when it has none, become
// plain text, and pictures the articles show are carried into the book.
import { fromHtml, textOf, type XElement, type XNode } from './xhtml.ts';
import { PDF_OFFER } from '../print/index.ts';

export interface ChapterInput {
  /** Site address: "/en/start/what-to-do-now/". */
  path: string;
  title: string;
  /** The built <article> element. */
  html: string;
}

export interface ConvertedChapter {
  /** File name in the book: "ch-001.xhtml". */
  file: string;
  /** The title as plain text. */
  title: string;
  body: XNode[];
  /** It holds an inline SVG (its manifest item then says so). */
  svg: boolean;
}

export interface BookPicture {
  /** File name in the book: "pictures/p-001.png". */
  file: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** Elements a book cannot use or would fail validation with. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'link', 'meta']);
/** HTML attributes kept (with aria-*): the rest (data-*, event handlers, loading, target…) only the site uses. */
const KEPT_ATTRIBUTES = new Set(['id', 'class', 'title', 'lang', 'dir', 'href', 'src', 'alt', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'datetime', 'start', 'reversed', 'cite', 'role', 'abbr', 'hreflang']);
/** SVG elements an inline picture may use; one with anything else is left out rather than failing the book. */
const SVG_ELEMENTS = new Set(['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc', 'defs', 'use', 'symbol', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker']);
const PICTURE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml' };
/** Link schemes a reader's app can follow from a book. */
const FOLLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);
/** A stand-in origin to resolve the site's own addresses against (a reserved name: never requested). */
const SITE = 'https://site.invalid';

export const chapterFile = (index: number) => `ch-${String(index + 1).padStart(3, '0')}.xhtml`;

/** The chapters and pictures of a book. `siteUrl`: the site's public address, or undefined when it has none. */
export function convertChapters(
  chapters: ChapterInput[],
  siteUrl: string | undefined,
  picture: ((sitePath: string) => Uint8Array | undefined) | undefined,
): { chapters: ConvertedChapter[]; pictures: BookPicture[] } {
  const cleaned = chapters.map((chapter, index) => {
    const body = clean(fromHtml(chapter.html, chapter.path));
    return { ...chapter, file: chapterFile(index), body, ids: idsOf(body, chapter.path) };
  });
  const byPath = new Map(cleaned.map((chapter) => [chapter.path, chapter]));
  const pictures = new Map<string, BookPicture>();

  /** Where a site address leads in the book: a chapter's file (and heading), the public address, or nowhere. */
  const target = (url: URL): string | undefined => {
    const chapter = byPath.get(url.pathname) ?? byPath.get(`${url.pathname}/`);
    if (chapter) {
      const fragment = url.hash.slice(1);
      return fragment && chapter.ids.has(decodeURIComponent(fragment)) ? `${chapter.file}#${fragment}` : chapter.file;
    }
    return siteUrl ? new URL(`${url.pathname.slice(1)}${url.search}${url.hash}`, siteUrl).href : undefined;
  };

  const relink = (nodes: XNode[], chapter: (typeof cleaned)[number]): XNode[] =>
    nodes.flatMap((node): XNode[] => {
      if (typeof node === 'string') return [node];
      const children = relink(node.children, chapter);
      if (node.name === 'img') return [{ ...node, attributes: { ...node.attributes, src: carry(node.attributes.src, chapter.path) } }];
      if (node.name !== 'a' || node.attributes.href === undefined) return [{ ...node, children }];
      const url = siteAddress(node.attributes.href, chapter.path, siteUrl);
      const href = url ? target(url) : FOLLOWED.has(new URL(node.attributes.href, SITE).protocol) ? node.attributes.href : undefined;
      return href === undefined ? children : [{ ...node, attributes: { ...node.attributes, href }, children }];
    });

  /** A picture of the site, put in the book once: its name there. */
  const carry = (src: string | undefined, page: string): string => {
    const url = src === undefined ? undefined : siteAddress(src, page, siteUrl);
    if (!url) throw new Error(`${page}: a picture (${src ?? 'no src'}) is not one of the site's: a book cannot load pictures from elsewhere`);
    const known = pictures.get(url.pathname);
    if (known) return known.file;
    const extension = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? '';
    const mediaType = PICTURE_TYPES[extension];
    if (!mediaType) throw new Error(`${page}: the picture ${url.pathname} is not PNG, JPEG, GIF or SVG, which every e-book reader shows`);
    const bytes = picture?.(decodeURIComponent(url.pathname));
    if (!bytes) throw new Error(`${page}: the picture ${url.pathname} was not found (the book's picture() gave nothing)`);
    const file = `pictures/p-${String(pictures.size + 1).padStart(3, '0')}.${extension}`;
    pictures.set(url.pathname, { file, mediaType, bytes });
    return file;
  };

  const converted = cleaned.map((chapter) => {
    const body = relink(chapter.body, chapter);
    const title = textOf(fromHtml(chapter.title, chapter.path)).trim();
    if (!title) throw new Error(`${chapter.path}: the chapter has no title (the article's <h1> is missing or empty)`);
    return { file: chapter.file, title, body, svg: holds(body, 'svg') };
  });
  return { chapters: converted, pictures: [...pictures.values()] };
}

/** An address of the site's own, resolved from the page it is on; undefined for another site's or a mailto:. */
function siteAddress(href: string, page: string, siteUrl: string | undefined): URL | undefined {
  let url: URL;
  try {
    url = new URL(href, `${SITE}${page}`);
  } catch {
    throw new Error(`${page}: "${href}" is not an address a link or picture can have`);
  }
  if (url.origin === SITE) return url;
  if (siteUrl && url.href.startsWith(siteUrl)) return new URL(`/${url.href.slice(siteUrl.length).replace(/^\//, '')}`, SITE);
  return undefined;
}

/** The tree without what a book cannot use, and with only the attributes it can. */
function clean(nodes: XNode[]): XNode[] {
  return nodes.flatMap((node): XNode[] => {
    if (typeof node === 'string') return [node];
    if (DROPPED.has(node.name) || PDF_OFFER in node.attributes || classes(node).includes('print-only')) return [];
    if (node.name === 'svg') return svgIsPlain(node) ? [svg(node, true)] : [];
    const attributes = Object.fromEntries(Object.entries(node.attributes).filter(([name]) => KEPT_ATTRIBUTES.has(name) || name.startsWith('aria-')));
    if (attributes.lang) attributes['xml:lang'] = attributes.lang;
    return [{ name: node.name, attributes, children: clean(node.children) }];
  });
}

const classes = (node: XElement) => (node.attributes.class ?? '').split(/\s+/);
const svgIsPlain = (node: XElement): boolean => SVG_ELEMENTS.has(node.name) && node.children.every((child) => typeof child === 'string' || svgIsPlain(child));

/** An inline SVG in its own namespace, without the site's data-* and event attributes. */
function svg(node: XElement, root: boolean): XElement {
  const attributes = Object.fromEntries(Object.entries(node.attributes).filter(([name]) => !/^(data-|on|xmlns)/.test(name)));
  if (root) attributes.xmlns = 'http://www.w3.org/2000/svg';
  if (root && JSON.stringify(node).includes('"xlink:')) attributes['xmlns:xlink'] = 'http://www.w3.org/1999/xlink';
  return { name: node.name, attributes, children: node.children.map((child) => (typeof child === 'string' ? child : svg(child, false))) };
}

function holds(nodes: XNode[], name: string): boolean {
  return nodes.some((node) => typeof node !== 'string' && (node.name === name || holds(node.children, name)));
}

/** The ids of a chapter, which must differ: a link to a heading would otherwise reach the wrong one. */
function idsOf(nodes: XNode[], page: string, ids = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    const id = node.attributes.id;
    if (id !== undefined) {
      if (ids.has(id)) throw new Error(`${page}: the id "${id}" is used twice; a link to it could not say which`);
      ids.add(id);
    }
    idsOf(node.children, page, ids);
  }
  return ids;
}
