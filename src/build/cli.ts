// `npm run build [-- --content DIR] [--out DIR] [--verbose]`: builds the site into a fresh folder beside
// the output folder and puts it in place only when every step has passed; a failure leaves the previous
// build as it was. A mistake in the content is told in plain words, without a stack trace.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { readArgs } from '../core/cli-args.ts';
import { replaceFolder } from '../core/output-folder.ts';
import { contentDir, outDir, shown } from '../core/paths.ts';
import { explain } from './messages.ts';

const { values } = readArgs(
  { options: { content: { type: 'string' }, out: { type: 'string' }, verbose: { type: 'boolean' } } },
  'npm run build [-- --content DIR] [--out DIR] [--verbose]',
); // --content and --out are read by core/paths.ts

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const root = fileURLToPath(new URL('../..', import.meta.url));

try {
  if (!fs.existsSync(contentDir)) throw new Error(`The content folder ${shown(contentDir)} does not exist: name the folder that holds site.yaml with --content.`);
  await replaceFolder(outDir, contentDir, (staging) => build({ root, outDir: staging }));
} catch (error) {
  console.error(`\n${explain(error, values.verbose ?? false)}`);
  process.exitCode = 1;
}
