// npm run check [-- --content DIR]: validates the content folder (LOCKGUIDE_CONTENT, default
// content/) without building the site. Lists every problem and exits 1 when there is any.
import path from 'node:path';
import { readArgs } from '../lib/cli-args.ts';
import { checkContent, formatProblems, summary } from '../lib/check/index.ts';

const { values } = readArgs({ options: { content: { type: 'string' } } }, 'npm run check [-- --content DIR]');
const contentDir = path.resolve(values.content ?? process.env.LOCKGUIDE_CONTENT ?? 'content');

const result = checkContent(contentDir);
if (result.problems.length > 0) console.log(`${formatProblems(result.problems)}\n`);
console.log(summary(result));
process.exitCode = result.problems.length > 0 ? 1 : 0;
