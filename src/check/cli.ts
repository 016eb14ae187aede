// npm run check [-- --content DIR]: validates the content folder (LOCKGUIDE_CONTENT, default
// content/) without building the site. Lists every problem and exits 1 when there is any.
import { readArgs } from '../core/cli-args.ts';
import { checkContent, formatProblems, summary } from './content.ts';
import { contentDir } from '../core/paths.ts';

readArgs({ options: { content: { type: 'string' } } }, 'npm run check [-- --content DIR]'); // only --content; paths.ts reads it

const result = checkContent(contentDir);
if (result.problems.length > 0) console.log(`${formatProblems(result.problems)}\n`);
for (const note of result.notes) console.log(`Note: ${note}\n`);
console.log(summary(result));
process.exitCode = result.problems.length > 0 ? 1 : 0;
