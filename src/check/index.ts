// The content check's public face: the check itself, its report, and its build steps.
export { checkContent, formatProblems, summary, type CheckResult } from './content.ts';
export { checkContentFirst, linkCheckStep } from './integration.ts';
export { readMdx } from './mdx-source.ts';
