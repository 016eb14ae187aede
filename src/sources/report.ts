// The source watch's report in three forms: reports/sources.json (read by the next run and by
// --mark), reports/sources.html for a person, and a table in the terminal.
import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from '../core/errors.ts';
import { escapeHtml } from '../core/html.ts';
import { shown } from '../core/paths.ts';
import { contactLabel, type ContactReport, type SourcesReport, type UrlReport } from './build.ts';

export const REPORT_JSON = 'sources.json';
export const REPORT_HTML = 'sources.html';

/** An address that could not be read. */
const isFailing = (u: UrlReport) => u.outcome !== 'ok';

/** What makes `--strict` fail, one line: contacts missing from their source page, sources not read; undefined when none. */
export function strictFailure(report: SourcesReport): string | undefined {
  const missing = report.contacts.filter((c) => c.status === 'missing').length;
  const failing = report.urls.filter(isFailing).length;
  if (missing + failing === 0) return undefined;
  return `--strict: ${missing} contact(s) missing from their source page, ${failing} source address(es) not read`;
}

/** The previous report in `dir`, if there is one; a file that is not a report is an error naming it. */
export function readReport(dir: string): SourcesReport | undefined {
  const file = path.join(dir, REPORT_JSON);
  if (!fs.existsSync(file)) return undefined;
  let report: Partial<SourcesReport>;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SourcesReport>;
  } catch (error) {
    throw new ContentError(shown(file), [`is not valid JSON (${(error as Error).message}): move it away, and the next npm run sources starts a new report`]);
  }
  if (!Array.isArray(report.urls) || !Array.isArray(report.contacts)) {
    throw new ContentError(shown(file), ['is not a source report (no "urls" and "contacts" lists): move it away, and the next npm run sources starts a new report']);
  }
  return report as SourcesReport;
}

/** Both files, each written whole (to a temporary name, then renamed), so a run cut short leaves the previous report. */
export function writeReport(dir: string, report: SourcesReport): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of [
    [REPORT_JSON, `${JSON.stringify(report, null, 2)}\n`],
    [REPORT_HTML, reportHtml(report)],
  ] as const) {
    fs.writeFileSync(path.join(dir, `${name}.new`), text);
    fs.renameSync(path.join(dir, `${name}.new`), path.join(dir, name));
  }
}

/** One word per state, as the table and the page show it. */
export function urlState(url: UrlReport): string {
  if (url.outcome === 'ok') return url.redirects.length > 0 ? 'moved' : 'ok';
  return url.outcome === 'http-error' ? `HTTP ${url.status}` : url.outcome;
}

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}

/** The terminal's view: every address, the contacts that need a look, what changed. */
export function terminalTable(report: SourcesReport): string {
  const urlRows = report.urls.map((u) => [urlState(u), u.url, u.outcome === 'ok' ? (u.redirects.length > 0 ? `-> ${u.finalUrl}` : '') : (u.detail ?? '')]);
  const counts = (status: ContactReport['status']) => report.contacts.filter((c) => c.status === status).length;
  const lookAt = report.contacts.filter((c) => c.status === 'missing' || c.status === 'unchecked');
  return [
    columns([['STATE', 'ADDRESS', 'DETAIL'], ...urlRows]),
    '',
    `Contacts: ${counts('found')} found on their source page, ${counts('missing')} missing, ${counts('unchecked')} unchecked (page not read), ${counts('not-compared')} not compared (apps, offices, agents).`,
    ...(lookAt.length > 0 ? ['', columns([['CONTACT', 'STATE', 'SOURCE', 'FILE'], ...lookAt.map((c) => [contactLabel(c), c.status + (c.warned ? ' (already "Check first")' : ''), c.source, c.file])])] : []),
    '',
    report.changes.length > 0 ? `Since the previous report:\n${report.changes.map((c) => `  - ${c}`).join('\n')}` : 'Since the previous report: nothing changed (or there was none).',
  ].join('\n');
}

/** What needs the publisher first. */
const STATE_ORDER: ContactReport['status'][] = ['missing', 'unchecked', 'found', 'not-compared'];

/** A page a publisher can open from the reports folder; it loads nothing. The contacts that need a look come first. */
export function reportHtml(report: SourcesReport): string {
  const e = escapeHtml;
  const link = (url: string) => `<a href="${e(url)}">${e(url)}</a>`;
  const urlRows = report.urls
    .map((u) => `<tr class="${isFailing(u) ? 'bad' : ''}"><td>${e(urlState(u))}</td><td>${link(u.url)}${u.redirects.length > 0 ? `<br>→ ${link(u.finalUrl)}` : ''}</td><td>${e(u.contentType ?? '')}</td><td>${e(u.detail ?? u.hash ?? '')}</td><td>${e(u.citedBy.join('; '))}</td><td>${e(u.checkedAt)}</td></tr>`)
    .join('\n');
  const contactRows = [...report.contacts]
    .sort((a, b) => STATE_ORDER.indexOf(a.status) - STATE_ORDER.indexOf(b.status))
    .map((c) => `<tr class="${c.status === 'missing' ? 'bad' : ''}"><td>${e(c.status)}${c.warned ? ' (Check first)' : ''}</td><td>${e(contactLabel(c))}</td><td>${link(c.source)}</td><td>${e(c.file)}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Sources of ${e(report.site)}, ${e(report.generated.slice(0, 10))}</title>
<style>body{font:15px/1.4 system-ui,sans-serif;margin:1rem}table{border-collapse:collapse;margin-bottom:2rem}td,th{border:1px solid #999;padding:.2rem .4rem;text-align:start;vertical-align:top;overflow-wrap:anywhere}.bad{background:#fdd}td:first-child{white-space:nowrap}@media (prefers-color-scheme:dark){body{background:#111;color:#eee}a{color:#9cf}.bad{background:#522}}</style>
<h1>Sources of ${e(report.site)}</h1>
<p>Checked ${e(report.generated)}.</p>
<h2>What changed since the previous report</h2>
${report.changes.length > 0 ? `<ul>${report.changes.map((c) => `<li>${e(c)}</li>`).join('')}</ul>` : '<p>Nothing, or there was no previous report.</p>'}
<h2>Contacts</h2>
<table><tr><th>State</th><th>Contact</th><th>Source</th><th>File</th></tr>
${contactRows}
</table>
<h2>Addresses</h2>
<table><tr><th>State</th><th>Address</th><th>Type</th><th>Detail or text hash</th><th>Cited by</th><th>Checked</th></tr>
${urlRows}
</table>
</html>
`;
}
