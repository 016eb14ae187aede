// The links and images an article's body makes, as written, with their lines: Markdown links and
// images, reference definitions, <https://…> autolinks, and href/src attributes of HTML and JSX.
import { lineAt, type MdxSource } from './mdx-source.ts';

export interface BodyLink {
  line: number;
  url: string;
  /** Written in Markdown ([text](url), ![alt](src), [label]: url, <https://…>) or as an HTML/JSX tag. */
  markdown: boolean;
  /** An image: Markdown ![alt](src) or <img>. */
  image: boolean;
  /** The image's alt text; undefined for an <img> with no alt attribute. */
  alt?: string;
}

const MARKDOWN = /(!?)\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\(\s*(<[^>\n]*>|[^\s)]*(?:\([^\s)]*\)[^\s)]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;
const AUTOLINK = /<((?:https?|mailto|tel):[^>\s]*)>/g;
const TAG = /<([A-Za-z][\w.]*)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)>/g;
const ATTRIBUTE = /\b(href|src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*\})/g;

const unwrap = (url: string) => (url.startsWith('<') && url.endsWith('>') ? url.slice(1, -1) : url);

export function bodyLinks(source: MdxSource): BodyLink[] {
  const { body } = source;
  const links: BodyLink[] = [];
  for (const m of body.matchAll(MARKDOWN)) {
    const image = m[1] === '!';
    links.push({ line: lineAt(body, m.index), url: unwrap(m[3]!), markdown: true, image, alt: image ? m[2]! : undefined });
  }
  for (const m of body.matchAll(DEFINITION)) links.push({ line: lineAt(body, m.index), url: unwrap(m[1]!), markdown: true, image: false });
  for (const m of body.matchAll(AUTOLINK)) links.push({ line: lineAt(body, m.index), url: m[1]!, markdown: true, image: false });
  for (const m of body.matchAll(TAG)) {
    const attributes = new Map([...m[2]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a.slice(2).find((v) => v !== undefined) ?? '']));
    const image = m[1]!.toLowerCase() === 'img';
    const url = attributes.get(image ? 'src' : 'href');
    if (url !== undefined || image) links.push({ line: lineAt(body, m.index), url: url ?? '', markdown: false, image, alt: image ? attributes.get('alt') : undefined });
  }
  return links.sort((a, b) => a.line - b.line);
}

/** Every http:// address in the body, linked or not (GitHub-style Markdown links bare addresses too). */
export function insecureAddresses(source: MdxSource): { line: number; url: string }[] {
  return [...source.body.matchAll(/\bhttp:\/\/[^\s<>)\]"'`]+/gi)].map((m) => ({ line: lineAt(source.body, m.index), url: m[0] }));
}

/** Explicit id="…" attributes in the body's HTML and JSX: targets for #anchors besides headings. */
export function explicitIds(source: MdxSource): string[] {
  return [...source.body.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2]!);
}
