// A built page reshaped for a copy read away from the site (a Kiwix file, the one-file guide): what
// only works on the site goes (scripts, the site search, the offline save, PDF offers, the install
// manifest, the list of other languages); a link to a page the copy holds is written as the copy needs it; a link to a page
// it does not hold leads to the live site, or, when the site's address is a placeholder, nowhere (the
// words stay, the link goes).
import { ELEMENT_NODE, parse, renderSync, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { PDF_OFFER } from '../print/index.ts';

export interface CopyLinks {
  /** Whether the copy holds this site path ("/en/start/x/"). */
  holds: (path: string) => boolean;
  /** A held page's link as the copy writes it; `fragment` is the part after "#", if any. */
  linkTo: (path: string, fragment: string | undefined) => string;
  /** The public address, or undefined for a placeholder. */
  siteUrl: string | undefined;
  /** A link to a part of the same page ("#x") as the copy writes it, when not as it is. */
  here?: (fragment: string) => string;
}

type Root = ReturnType<typeof parse> & { children: Node[] };

const isElement = (node: Node): node is ElementNode => node.type === ELEMENT_NODE;

/** Every element below `node` that `test` accepts, in document order. */
export function elements(node: Node, test: (element: ElementNode) => boolean): ElementNode[] {
  const found: ElementNode[] = [];
  walkSync(node, (child) => {
    if (isElement(child) && test(child)) found.push(child);
  });
  return found;
}

export function remove(element: ElementNode): void {
  const siblings = (element.parent as ElementNode).children;
  const at = siblings.indexOf(element);
  if (at >= 0) siblings.splice(at, 1);
}

/** What only works on the site itself. */
const siteOnly = (element: ElementNode) =>
  element.name === 'script' ||
  (element.name === 'form' && 'data-search' in element.attributes) ||
  'data-offline' in element.attributes ||
  PDF_OFFER in element.attributes ||
  // Installing is the site's: the copy is already kept.
  (element.name === 'link' && element.attributes.rel === 'manifest') ||
  // The footer's list of this page in other languages: a copy holds one language.
  (element.name === 'nav' && elements(element, (a) => a.name === 'a' && 'hreflang' in a.attributes).length > 0);

/** Parses a built page and reshapes it for the copy. */
export function readerCopy(html: string, links: CopyLinks): Root {
  const root = parse(html) as Root;
  for (const element of elements(root, siteOnly)) remove(element);
  for (const element of elements(root, (e) => e.name === 'a' && /^[/#]./.test(e.attributes.href ?? ''))) {
    if (element.attributes.href!.startsWith('#')) {
      if (links.here) element.attributes.href = links.here(element.attributes.href!.slice(1));
      continue;
    }
    const [path = '', fragment] = element.attributes.href!.split('#');
    if (links.holds(path)) element.attributes.href = links.linkTo(path, fragment);
    else if (links.siteUrl) element.attributes.href = new URL(element.attributes.href!.slice(1), links.siteUrl).href;
    else delete element.attributes.href;
  }
  return root;
}

/** The first element `test` accepts, or an error naming what was looked for. */
export function first(node: Node, test: (element: ElementNode) => boolean, what: string): ElementNode {
  const [found] = elements(node, test);
  if (!found) throw new Error(`A built page has no ${what}`);
  return found;
}

export const render = (node: Node): string => renderSync(node);
