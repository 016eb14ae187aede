// npm run check [-- --content DIR]: validates the content folder (LOCKGUIDE_CONTENT, default
// content/) without building the site. Lists every problem and exits 1 when there is any.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblems, summary } from '../lib/check/index.ts';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const contentDir = path.resolve(values.content ?? process.env.LOCKGUIDE_CONTENT ?? 'content');

const result = checkContent(contentDir);
if (result.problems.length > 0) console.log(`${formatProblems(result.problems)}\n`);
console.log(summary(result));
process.exitCode = result.problems.length > 0 ? 1 : 0;
