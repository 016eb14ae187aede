import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems, summary } from './index.ts';
import { contentDir } from '../core/paths.ts';

/**
 * Runs `npm run check` at the start of every build: the build stops on exactly the problems the
 * check lists, worded the same, before any page is rendered.
 */
export function checkContentFirst(): AstroIntegration {
  return {
    name: 'lockguide:check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const result = checkContent(contentDir);
        if (result.problems.length > 0) throw new Error(`Content check failed (npm run check lists the same):\n${formatProblems(result.problems)}\n${summary(result)}`);
        logger.info(summary(result));
      },
    },
  };
}
