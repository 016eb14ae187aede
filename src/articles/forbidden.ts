// Finds text a site has ruled out in its site.yaml "forbidden" rules, such as instructions it must never give.

export interface ForbiddenRule {
  pattern: string;
  reason: string;
}

export interface ForbiddenMatch {
  line: number;
  text: string;
  reason: string;
}

export function findForbidden(source: string, rules: ForbiddenRule[]): ForbiddenMatch[] {
  const matches: ForbiddenMatch[] = [];
  for (const { pattern, reason } of rules) {
    for (const match of source.matchAll(new RegExp(pattern, 'giu'))) {
      const line = source.slice(0, match.index).split('\n').length;
      matches.push({ line, text: match[0], reason });
    }
  }
  return matches.sort((a, b) => a.line - b.line);
}
