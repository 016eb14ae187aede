// Turns schema failures into build errors that name the file and the field, so an author can fix
// the input without reading a stack trace.

export class ContentError extends Error {
  /** The file as shown to the author, and one line per problem ("line 4, field "x": ..."). */
  readonly file: string;
  readonly problems: string[];

  constructor(file: string, problems: string[]) {
    super(`${file}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.file = file;
    this.problems = problems;
  }
}

export function fieldName(path: PropertyKey[]): string {
  return path.length === 0 ? '(whole file)' : path.map(String).join('.');
}
