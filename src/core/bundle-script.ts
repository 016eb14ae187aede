// The engine's browser scripts as the build ships them: one file each, bundled and minified, in
// syntax old phones' browsers run (ES2017, no modules), with the build's values written in.
import { build } from 'esbuild';

/** `values` replace the script's `declare const __NAME__` placeholders, as JSON. */
export async function bundleScript(entry: string, outfile: string, values: Record<string, unknown> = {}): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2017',
    charset: 'utf8', // words as UTF-8, not \u escapes: a Devanagari letter is 3 bytes, not 6
    define: Object.fromEntries(Object.entries(values).map(([name, value]) => [name, JSON.stringify(value)])),
    logLevel: 'silent',
  });
}
