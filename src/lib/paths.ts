import path from 'node:path';

// The engine builds whatever content folder it is pointed at; Lockguide's own is the default.
export const contentDir = path.resolve(process.env.LOCKGUIDE_CONTENT ?? 'content');
export const outDir = path.resolve(process.env.LOCKGUIDE_OUT ?? 'dist');

/** A path as an author would type it: relative to the project root. */
export function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
