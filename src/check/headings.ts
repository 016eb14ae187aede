// Headings in an article's body: the page title is the page's only h1, so body headings start at
// ## and go down one level at a time. Also gives each heading the id the build gives it (Astro's
// Markdown processor slugs the heading's text with github-slugger), so links to #anchors can be checked.
import GithubSlugger from 'github-slugger';
import type { MdxSource } from './mdx-source.ts';
import { problem, type Problem } from './problem.ts';
import { decodeEntities } from '../core/html.ts';

export interface Heading {
  line: number;
  depth: number;
  /** The heading's text as a reader sees it; undefined for an HTML heading (<h2>…), which gets no id. */
  text?: string;
}

const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-{2,})[ \t]*$/;
/** A line that can end a paragraph which a setext underline turns into a heading. */
const PARAGRAPH = /^ {0,3}(?![#>|<{]|[-*+][ \t]|\d+[.)][ \t]|import\s|export\s)\S/;
const HTML_HEADING = /<h([1-6])\b/g;

/** Characters kept as written while Markdown's marks are taken out: code, and escaped characters. */
const keep = (text: string) => [...text].map((c) => `\uE000${c.codePointAt(0)}\uE001`).join('');
const kept = (text: string) => text.replace(/\uE000(\d+)\uE001/g, (_, code: string) => String.fromCodePoint(Number(code)));

/** What a reader sees of a heading written in Markdown: links and emphasis give their text only. */
export function headingText(markdown: string): string {
  const text = markdown
    .replace(/(`+)(.*?)\1/g, (_, __, code: string) => keep(code))
    .replace(/\\([!-/:-@[-`{-~])/g, (_, escaped: string) => keep(escaped))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\*+|~~/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1');
  return decodeEntities(kept(text)).trim();
}

export function headingsIn(source: MdxSource): Heading[] {
  const lines = source.body.split('\n');
  const headings: Heading[] = [];
  lines.forEach((line, i) => {
    const n = i + 1;
    const atx = ATX.exec(line);
    if (atx) {
      const text = source.raw[n]!.replace(ATX, '').replace(/[ \t]+#+[ \t]*$/, '').replace(/^[ \t]*#+[ \t]*$/, '');
      headings.push({ line: n, depth: atx[1]!.length, text: headingText(text) });
      return;
    }
    const underline = SETEXT.exec(line);
    const above = lines[i - 1];
    if (underline && above !== undefined && PARAGRAPH.test(above) && !SETEXT.test(above) && !ATX.test(above)) {
      headings.push({ line: n - 1, depth: underline[1]![0] === '=' ? 1 : 2, text: headingText(source.raw[n - 1]!) });
      return;
    }
    for (const html of line.matchAll(HTML_HEADING)) headings.push({ line: n, depth: Number(html[1]) });
  });
  return headings;
}

/** The ids the build gives the headings, in order; repeated texts get -1, -2 as github-slugger does. */
export function headingIds(headings: Heading[]): string[] {
  const slugger = new GithubSlugger();
  return headings.flatMap((h) => (h.text === undefined ? [] : [slugger.slug(h.text)]));
}

const hashes = (depth: number) => '#'.repeat(depth);

export function headingProblems(file: string, headings: Heading[]): Problem[] {
  const problems: Problem[] = [];
  let previous = 1; // the page title
  for (const { line, depth } of headings) {
    if (depth === 1) {
      problems.push(
        problem(file, {
          line,
          message: 'a level 1 heading (#) in the body: the page title is the only one',
          fix: 'make it ## (or put its words in "title")',
        }),
      );
    } else if (depth > previous + 1) {
      const expected = previous + 1;
      problems.push(
        problem(file, {
          line,
          message:
            previous === 1
              ? `heading level ${depth} (${hashes(depth)}) before any level 2 heading: headings skip a level`
              : `heading level ${depth} (${hashes(depth)}) follows a level ${previous} heading (${hashes(previous)}): headings skip a level`,
          fix: `make it ${hashes(expected)}, or add a ${hashes(expected)} heading above it`,
        }),
      );
    }
    previous = depth;
  }
  return problems;
}
