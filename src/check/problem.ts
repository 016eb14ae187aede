// One problem `npm run check` found: the file to edit, and one line saying where, what and how to fix.
import type { ContentError } from '../core/errors.ts';
import { withFix } from './fixes.ts';

export interface Problem {
  /** The file as an author types it, relative to the project folder. */
  file: string;
  line?: number;
  /** `line N, field "x": what is wrong — how to fix it`, worded as the build words it. */
  text: string;
}

export function problem(file: string, { line, field, message, fix }: { line?: number; field?: string; message: string; fix?: string }): Problem {
  const where = [line ? `line ${line}` : '', field ? `field "${field}"` : ''].filter(Boolean).join(', ');
  return { file, line, text: `${where ? `${where}: ` : ''}${message}${fix ? ` — ${fix}` : ''}` };
}

/** A problem line as the schema and loader code words it ("line 4, field "x": ..."), with a fix added when known. */
export function problemLine(file: string, text: string): Problem {
  const line = /^line (\d+)/.exec(text)?.[1];
  return { file, line: line ? Number(line) : undefined, text: withFix(text) };
}

export function fromContentError(error: ContentError): Problem[] {
  return error.problems.map((text) => problemLine(error.file, text));
}
