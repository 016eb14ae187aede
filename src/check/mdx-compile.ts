// Reads an article's body as the build's MDX compiler does (Sätteri, the same parser), so that a tag
// left open, a stray { or an HTML comment is found by `npm run check`, with its line, before a build.
import { mdxToJs } from 'satteri';
import { problem, type Problem } from './problem.ts';

/** How to fix what MDX says, by the words of its message ($1: the tag it names). */
const FIXES: [RegExp, string][] = [
  [/note: to create a comment in MDX/, 'MDX has no <!-- --> comments: write {/* your note */}, or take the comment out'],
  [/closing brace for `\{`|in expression/, 'MDX reads { as the start of code: write \\{ (and \\}) for the character itself'],
  [/closing tag for `<([^>]+)>`/, 'close the tag with </$1>, or write \\< if the < is not a tag'],
  [/Unexpected closing tag `<\/([^>]+)>`/, 'take out </$1>, or open it before with <$1>'],
  [/before name|start a name/, 'MDX reads < as the start of a tag: write \\< (or "less than") for the character itself'],
];

/** `body` is the whole file with its front matter lines left empty, so that MDX's line numbers are the file's. */
export function mdxProblems(file: string, body: string): Problem[] {
  try {
    mdxToJs(body);
    return [];
  } catch (error) {
    const text = (error as Error).message;
    const [, line, rest = text] = /^(\d+):\d+: ([\s\S]*)$/.exec(text) ?? [];
    const message = rest.replace(/\s*\((?:mdx|micromark)[-\w:]*\)$/, '').replace(/\s*\(\d+:\d+\)/, '');
    const found = FIXES.map(([pattern, fix]) => [pattern.exec(text), fix] as const).find(([match]) => match);
    const fix = found ? found[1].replaceAll('$1', found[0]![1] ?? '') : 'MDX reads <, { and } as code: write them as \\<, \\{ and \\}, or in words';
    return [problem(file, { line: line ? Number(line) : undefined, message: `MDX cannot read this: ${message}`, fix })];
  }
}
