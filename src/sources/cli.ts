// npm run sources [-- --content DIR] [--reports DIR] [--strict] [--mark]: visits every source address
// of the articles and the directory, looks for each contact on its source page, and writes
// reports/sources.json and reports/sources.html. --mark gives the contacts the last report found
// missing a "Check first" warning in their data files, without visiting anything.
import path from 'node:path';
import { readArgs } from '../core/cli-args.ts';
import { SOURCE_PAGE_MAX } from '../core/budgets.ts';
import { ContentError } from '../core/errors.ts';
import { contentDir, shown } from '../core/paths.ts';
import { loadSiteConfig } from '../core/site-config.ts';
import { fill, formatDay } from '../i18n/format.ts';
import { wordsFromDisk } from '../i18n/words.ts';
import { watchSources } from './build.ts';
import { collectSources } from './collect.ts';
import { markMissing } from './mark.ts';
import { readReport, strictFailure, terminalTable, writeReport } from './report.ts';

const usage = 'npm run sources [-- --content DIR] [--reports DIR] [--strict] [--mark]';
const { values } = readArgs(
  { options: { content: { type: 'string' }, reports: { type: 'string', default: 'reports' }, strict: { type: 'boolean' }, mark: { type: 'boolean' } } },
  usage,
);
const reportsDir = path.resolve(values.reports);

try {
  if (values.mark) mark();
  else await watch();
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

async function watch(): Promise<void> {
  const sources = collectSources(contentDir);
  const contact = sources.site.publisher?.contact;
  if (!contact) console.warn(`${shown(path.join(contentDir, 'site.yaml'))}: no "publisher.contact", so the pages visited cannot tell who to ask about these visits; add one.`);
  console.log(`Visiting ${sources.urls.size} source addresses (one at a time per site, with a pause)…`);
  const report = await watchSources(sources, {
    publisherContact: contact,
    previous: readReport(reportsDir),
    timeoutMs: 20_000,
    maxBytes: SOURCE_PAGE_MAX,
    pauseMs: 2_000,
    maxRedirects: 5,
  });
  writeReport(reportsDir, report);
  console.log(`${terminalTable(report)}\n\nWritten: ${shown(path.join(reportsDir, 'sources.json'))}, ${shown(path.join(reportsDir, 'sources.html'))}`);
  if (report.contacts.some((c) => c.status === 'missing')) console.log('Check each missing contact at its source, then fix its data file, or run npm run sources -- --mark (docs/authoring.md).');
  const failure = values.strict ? strictFailure(report) : undefined;
  if (failure) {
    console.log(failure);
    process.exitCode = 1;
  }
}

function mark(): void {
  const report = readReport(reportsDir);
  if (!report) throw new ContentError(shown(path.join(reportsDir, 'sources.json')), ['file is missing: run npm run sources first']);
  const site = loadSiteConfig(contentDir);
  const lang = site.defaultLanguage;
  const warning = fill(wordsFromDisk(contentDir, lang).sourceGone, { date: formatDay(report.generated.slice(0, 10), lang) });
  const { marked, skipped } = markMissing(report, warning);
  for (const line of marked) console.log(`marked "Check first": ${line}`);
  for (const line of skipped) console.log(`left as it is: ${line}`);
  console.log(`${marked.length} contact(s) marked, ${skipped.length} left as they were.`);
}
