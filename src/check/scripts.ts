// Content holds words, links and pictures, never code that runs: the pages run the engine's own
// scripts only, and their Content-Security-Policy blocks any other. A script, an event handler or a
// javascript: link in an article would break on the site and is named here with its line.
import type { BodyLink } from './body-links.ts';
import { lineAt, type MdxSource } from './mdx-source.ts';
import { problem, type Problem } from './problem.ts';

const SCRIPT = /<script\b/gi;
const HANDLER = /<[A-Za-z][\w.]*\b[^>]*?\s(on[a-z]+)\s*=/gi;

export function scriptProblems(file: string, source: MdxSource, links: BodyLink[]): Problem[] {
  const fix = 'take it out: content has no scripts (write what to do in words, or link to a page)';
  return [
    ...[...source.body.matchAll(SCRIPT)].map((m) => problem(file, { line: lineAt(source.body, m.index), message: 'a <script> in an article', fix })),
    ...[...source.body.matchAll(HANDLER)].map((m) => problem(file, { line: lineAt(source.body, m.index), message: `an event handler (${m[1]}=) in an article`, fix })),
    ...links.filter((l) => /^\s*javascript:/i.test(l.url)).map((l) => problem(file, { line: l.line, message: `a javascript: link ("${l.url}")`, fix: 'link to a page or a site with https://' })),
  ];
}
