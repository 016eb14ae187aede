// Turns schema failures into build errors that name the file and the field, so an author can fix
// the input without reading a stack trace.

interface Issue {
  path: PropertyKey[];
  message: string;
}

export class ContentError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function fieldName(path: PropertyKey[]): string {
  return path.length === 0 ? '(whole file)' : path.map(String).join('.');
}

export function describeIssues(issues: Issue[]): string[] {
  return issues.map((issue) => `field "${fieldName(issue.path)}": ${issue.message}`);
}
