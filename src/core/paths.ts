import path from 'node:path';

/** The value of `--name VALUE` or `--name=VALUE` on the command line, as in `npm run build -- --content DIR`. */
function flag(name: string): string | undefined {
  const args = process.argv;
  const at = args.indexOf(`--${name}`);
  if (at >= 0) return args[at + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

// The engine builds whatever content folder it is pointed at (--content or LOCKGUIDE_CONTENT), into
// --out or LOCKGUIDE_OUT; Lockguide's own content and dist/ are the defaults.
export const contentDir = path.resolve(flag('content') || process.env.LOCKGUIDE_CONTENT || 'content');
export const outDir = path.resolve(flag('out') || process.env.LOCKGUIDE_OUT || 'dist');

/** A path as an author would type it: relative to the project root, or whole when it lies outside. */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return !relative || relative.split(path.sep)[0] === '..' ? file : relative;
}
