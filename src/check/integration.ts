import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../core/build-step.ts';
import { distFiles } from '../core/dist.ts';
import { pagePath } from '../core/hrefs.ts';
import { shown } from '../core/paths.ts';
import { checkContent, formatProblems, summary } from './content.ts';
import { externalLinks, findBrokenLinks } from './links.ts';

/**
 * `npm run check`, at the start of every build: the build stops on exactly the problems the check
 * lists, worded the same, before any page is rendered. Returns the summary line.
 */
export function checkContentFirst(contentDir: string): string {
  const result = checkContent(contentDir);
  if (result.problems.length > 0) throw new Error(`Content check failed (npm run check lists the same):\n${formatProblems(result.problems)}\n${summary(result)}`);
  return summary(result);
}

/** Every built file by its site path: the HTML of a page, null for any other file. */
function builtPages(distDir: string): Map<string, string | null> {
  return new Map(distFiles(distDir).map((file) => [pagePath(file), file.endsWith('.html') ? fs.readFileSync(path.join(distDir, file), 'utf8') : null]));
}

/** Fails the build when any page links to a page or an anchor that does not exist. */
export function linkCheckStep(distDir: string, { site, contentDir, log }: BuildContext): void {
  const files = builtPages(distDir);
  const external = externalLinks(files);
  // Beside the output folder (never in the engine's), one list per site: another site's build keeps its own.
  const reports = path.join(path.dirname(distDir), 'reports');
  const report = shown(path.join(reports, `external-links-${site.id}.txt`));
  fs.mkdirSync(reports, { recursive: true });
  fs.writeFileSync(report, [...external].map(([url, pages]) => `${url}\t${pages.length} page(s): ${pages.slice(0, 3).join(' ')}`).join('\n') + '\n');
  const insecure = [...external.keys()].filter((url) => url.startsWith('http:'));
  if (insecure.length > 0) throw new Error(`Links to http: (use https):\n${insecure.map((url) => `  ${url} on ${external.get(url)!.join(', ')}`).join('\n')}`);
  log.info(`${external.size} external links, all https (list: ${report})`);
  const broken = findBrokenLinks(files);
  if (broken.length === 0) return;
  /** Names the content file a page was built from, when there is one, so the author knows what to edit. */
  const sourceOf = (page: string) => {
    const file = path.join(contentDir, `${page.replace(/^\/|\/$/g, '')}.mdx`);
    return fs.existsSync(file) ? ` (${shown(file)})` : '';
  };
  const lines = broken.map(({ page, link, reason }) => `  ${page}${sourceOf(page)}: link "${link}": ${reason}`);
  throw new Error(`Broken links (${broken.length}):\n${lines.join('\n')}`);
}
