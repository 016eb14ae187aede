// An article as a reviewer reads it beside its source: the built <article> cut into the blocks a
// reader reads one at a time (title, summary, each paragraph, heading, list item, > block and table
// row), without what is not translated prose (notices, PDF offers, sources, the date line).

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;

interface Element {
  name: string;
  /** The whole element, tags included. */
  html: string;
  /** Its start tag. */
  open: string;
  /** What is between its tags. */
  inner: string;
}

/** The elements directly inside `html`, in order; text between them is dropped. */
export function children(html: string): Element[] {
  const found: Element[] = [];
  let depth = 0;
  let start = 0;
  let open = '';
  let openName = '';
  let openEnd = 0;
  for (const m of html.matchAll(TAG)) {
    const [tag, closing, raw, selfClosing] = m;
    const name = raw!.toLowerCase();
    if (closing) {
      depth--;
      if (depth === 0) found.push({ name: openName, html: html.slice(start, m.index + tag.length), open, inner: html.slice(openEnd, m.index) });
    } else if (!VOID.has(name) && !selfClosing) {
      if (depth === 0) {
        start = m.index;
        open = tag;
        openName = name;
        openEnd = m.index + tag.length;
      }
      depth++;
    } else if (depth === 0) {
      found.push({ name, html: tag, open: tag, inner: '' });
    }
  }
  return found;
}

/** Not prose to review: the translation notice, PDF offers, the sources and the "updated" line. */
const SKIPPED = /\bclass="(?:[^"]*\s)?(note|download|muted|sources)(?:\s[^"]*)?"|data-pdf-offer/;

/** Links become underlined words: on paper a reviewer checks the words, the check keeps the targets. */
function paper(html: string): string {
  return html
    .replace(/<a\b[^>]*>/g, '<u>')
    .replace(/<\/a>/g, '</u>')
    .replace(/<span class="box"[^>]*><\/span>/g, '☐')
    .replace(/\s(?:id|data-[a-z-]+)="[^"]*"/g, '')
    .trim();
}

export function articleBlocks(article: string): string[] {
  const inside = /^<article\b[^>]*>([\s\S]*)<\/article>\s*$/.exec(article.trim())?.[1] ?? article;
  return children(inside).flatMap((element) => {
    if (SKIPPED.test(element.open)) return [];
    if (element.name === 'ul' || element.name === 'ol') return children(element.inner).map((item) => paper(item.html.replace(/^<li\b[^>]*>|<\/li>$/g, '')));
    if (element.name === 'table') return rowsOf(element.inner).map(paper);
    return [paper(element.html)];
  });
}

/** A table's rows, each as its cells joined by " | ". */
function rowsOf(table: string): string[] {
  return [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1]!.trim()).join(' | '),
  );
}
