// npm run check [-- --content DIR]: validates the content folder (LOCKGUIDE_CONTENT, default
// content/) without building the site. Lists every problem and exits 1 when there is any; lists
// warnings (titles and summaries as search results show them) without failing.
import { readArgs } from '../core/cli-args.ts';
import { checkContent, formatProblems, summary } from './content.ts';
import { contentDir } from '../core/paths.ts';

readArgs({ options: { content: { type: 'string' } } }, 'npm run check [-- --content DIR]'); // only --content; paths.ts reads it

const result = checkContent(contentDir);
if (result.problems.length > 0) console.log(`${formatProblems(result.problems)}\n`);
if (result.warnings.length > 0) console.log(`Warnings (the build goes on):\n${formatProblems(result.warnings)}\n`);
console.log(summary(result));
process.exitCode = result.problems.length > 0 ? 1 : 0;
