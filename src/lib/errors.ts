// Turns schema failures into build errors that name the file and the field, so an author can fix
// the input without reading a stack trace.

export class ContentError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function fieldName(path: PropertyKey[]): string {
  return path.length === 0 ? '(whole file)' : path.map(String).join('.');
}
