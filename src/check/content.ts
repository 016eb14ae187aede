// `npm run check` and the start of every build: validates a content folder without building it and
// lists every problem, each naming the file, the line where it can, the field, and how to fix it.
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { shown } from '../core/paths.ts';
import { checkArticle, type CheckedArticle } from './article.ts';
import { orderClashes, slugClashes } from './clashes.ts';
import { checkData } from './data.ts';
import { decodeText } from '../core/text-file.ts';
import { problem, problemLine, type Problem } from './problem.ts';
import { imageProblems } from './images.ts';
import { linkProblem, sitePages } from './site-pages.ts';
import { translationProblems } from './translations.ts';
import { correctionsNotice } from '../directory/index.ts';
import { snippetWarnings } from './snippets.ts';
import { iconProblems } from './icon.ts';
import { screenProblems } from './screens.ts';

export type { Problem } from './problem.ts';

export interface CheckResult {
  problems: Problem[];
  /**
   * What the check advises but the build allows: titles and summaries as search results show them,
   * and what the site goes without (no address for readers' corrections).
   */
  warnings: Problem[];
  /** Articles (MDX files) checked. */
  pages: number;
  /** YAML and JSON files checked. */
  dataFiles: number;
  ms: number;
}

/** Every .mdx file under the content folder, as "en/basics/soil.mdx", skipping hidden folders as the build's glob does. */
function mdxEntries(contentDir: string): string[] {
  return fs
    .readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => entry.endsWith('.mdx') && !entry.split('/').some((part) => part.startsWith('.')))
    .sort();
}

export function checkContent(contentDir: string): CheckResult {
  const started = performance.now();
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const finish = (pages: number, dataFiles: number): CheckResult => ({ problems: grouped(problems), warnings: grouped(warnings), pages, dataFiles, ms: Math.round(performance.now() - started) });

  const data = checkData(contentDir, problems);
  problems.push(...iconProblems(contentDir));
  const { site } = data;
  if (!site) return finish(0, data.files);
  const noCorrections = correctionsNotice(site);
  if (noCorrections) warnings.push(problem(shown(path.join(contentDir, 'site.yaml')), noCorrections));

  const articles: CheckedArticle[] = mdxEntries(contentDir).map((entry) => {
    const file = path.join(contentDir, entry);
    const { text, problems: encoding } = decodeText(fs.readFileSync(file));
    problems.push(...encoding.map((line) => problemLine(shown(file), line)));
    return checkArticle(entry, shown(file), text, site, problems);
  });

  const pages = sitePages(
    site,
    articles.flatMap((a) => (a.place ? [{ lang: a.place.lang, place: `${a.place.section}/${a.place.slug}`, ids: a.ids }] : [])),
    data.directory,
    data.directoryComplete,
  );
  for (const article of articles) {
    if (!article.place) continue;
    problems.push(...imageProblems(article.file, path.join(contentDir, `${article.place.id}.mdx`), contentDir, article.links.filter((l) => l.image)));
    for (const link of article.links.filter((l) => !l.image)) {
      const found = linkProblem(link.url, `/${article.place.id}/`, pages);
      if (found) problems.push(problem(article.file, { line: link.line, ...found }));
    }
  }
  problems.push(...orderClashes(articles, site), ...slugClashes(articles, site), ...translationProblems(articles, site));
  warnings.push(...snippetWarnings(articles, site, contentDir));
  const sourcePlaces = new Map(
    articles.flatMap((a) => (a.place?.lang === site.defaultLanguage ? [[`${a.place.section}/${a.place.slug}`, new Set(a.data?.sources.map((s) => s.url))] as const] : [])),
  );
  const grids = articles.flatMap((a) =>
    a.place && a.data?.screenGrid ? [{ file: a.file, lang: a.place.lang, gzipped: gzipSync(fs.readFileSync(path.join(contentDir, `${a.place.id}.mdx`)), { level: 9 }).length }] : [],
  );
  problems.push(...screenProblems(contentDir, site, sourcePlaces, grids));
  return finish(articles.length, data.files);
}

/** Problems grouped by file (in the order files were first named), by line within a file. */
function grouped(problems: Problem[]): Problem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return files.flatMap((file) => problems.filter((p) => p.file === file).sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
}

/** The report as printed: each file, then its problems, one a line. */
export function formatProblems(problems: Problem[]): string {
  const out: string[] = [];
  let file: string | undefined;
  for (const p of problems) {
    if (p.file !== file) out.push((file = p.file));
    out.push(`  - ${p.text}`);
  }
  return out.join('\n');
}

export function summary({ problems, warnings, pages, dataFiles, ms }: CheckResult): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `checked ${pages} pages, ${dataFiles} data files in ${ms} ms: ${plural(problems.length, 'problem')}${warnings.length > 0 ? `, ${plural(warnings.length, 'warning')}` : ''}`;
}
