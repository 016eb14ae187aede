// Built HTML as XHTML, for the e-book: ultrahtml's tree turned into a plain one (entities decoded, comments
// gone) that the EPUB writer reshapes, then written back as well-formed XML (void elements closed, only
// XML's own escapes), since e-book readers parse chapters as XML and stop at the first fault.
import { parse, ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';

export interface XElement {
  name: string;
  attributes: Record<string, string>;
  children: XNode[];
}
/** An element, or text (already decoded: "&" is "&", not "&amp;"). */
export type XNode = XElement | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** The named entities a built page can hold: Astro escapes only these, and writes any other character as itself. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `text` with HTML character references replaced by their characters; `where` names the page in an error. */
export function decodeEntities(text: string, where: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, name: string) => {
    if (name.startsWith('#')) return String.fromCodePoint(/^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    const char = NAMED[name];
    if (char === undefined) throw new Error(`${where}: the entity ${whole} is not one the e-book writer knows; write the character itself`);
    return char;
  });
}

/** An HTML fragment as a plain tree; `where` names the page in an error. */
export function fromHtml(html: string, where: string): XNode[] {
  const convert = (nodes: Node[]): XNode[] =>
    nodes.flatMap((node): XNode[] => {
      if (node.type === TEXT_NODE) return node.value ? [decodeEntities(node.value, where)] : [];
      if (node.type !== ELEMENT_NODE) return [];
      const attributes: Record<string, string> = {};
      for (const [name, value] of Object.entries(node.attributes as Record<string, string>)) attributes[name] = decodeEntities(value, where);
      return [{ name: node.name, attributes, children: convert(node.children) }];
    });
  return convert(parse(html).children);
}

/** The text of a tree, tags left out (a title with <code> in it, say). */
export function textOf(nodes: XNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : textOf(node.children))).join('');
}

/** Characters XML 1.0 forbids (C0 controls other than tab and line ends), which would make the file unreadable. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export const escapeText = (text: string) => text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Well-formed XML for a tree: void elements self-closed, every other one with its end tag (some readers mis-read <a/>). */
export function toXhtml(nodes: XNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeText(node);
      const attributes = Object.entries(node.attributes)
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('');
      if (VOID.has(node.name)) return `<${node.name}${attributes}/>`;
      return `<${node.name}${attributes}>${toXhtml(node.children)}</${node.name}>`;
    })
    .join('');
}
