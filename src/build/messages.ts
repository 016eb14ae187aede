// A failed build told as a reader of the message needs it: the file, the line and what to do, without
// Astro's wrapping or a stack trace (--verbose shows the trace).
import { shown } from '../core/paths.ts';

interface Located {
  message: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
}

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** `what` names the command that failed: "Build", "Bundle", "Edition". */
export function explain(error: unknown, verbose: boolean, what = 'Build'): string {
  if (!(error instanceof Error)) return `${what} failed: ${String(error)}`;
  if (verbose && error.stack) return plain(error.stack);
  const { code, path } = error as NodeJS.ErrnoException;
  if (code && path && ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return `${what} failed.\n${shown(path)} cannot be written: the folder is read-only or belongs to another user. Choose a folder you can write in with --out.`;
  }
  const { message, hint, loc } = error as Error & Located;
  const where = loc?.file ? `${shown(loc.file)}${loc.line ? `:${loc.line}${loc.column ? `:${loc.column}` : ''}` : ''}\n  ` : '';
  return plain(`${what} failed.\n${where}${message}${hint ? `\n  ${hint}` : ''}`);
}
