// The review sheets of one language, as one HTML document for Chromium to print: a status table of
// every page, then each machine-assisted page with its source beside it, block by block, a column to
// write corrections in, and a line for the reviewer's name and the date.
import { escapeHtml } from '../core/html.ts';

export interface StatusRow {
  title: string;
  /** "/sw/basics/soil/" */
  path: string;
  status: 'machine-assisted' | 'reviewed' | 'not translated';
  /** The source's `updated` the translation follows, and the source's own. */
  follows?: string;
  sourceUpdated: string;
  by?: string;
  on?: string;
}

export interface ReviewPage {
  title: string;
  path: string;
  follows: string;
  /** Blocks of the source and of the translation (blocks.ts), paired by position. */
  source: string[];
  translation: string[];
}

export interface ReviewSheet {
  siteTitle: string;
  language: { code: string; name: string; dir?: 'rtl' };
  source: { code: string; name: string };
  /** The day the sheets were printed: YYYY-MM-DD. */
  printed: string;
  rows: StatusRow[];
  pages: ReviewPage[];
}

const CSS = `
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 system-ui, "Noto Sans", "Noto Sans Devanagari", sans-serif; color: #000; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 0 0 2mm; break-after: avoid; }
h3, h4 { font-size: 11pt; margin: 0; }
p { margin: 0 0 1.5mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.3mm solid #555; padding: 1.5mm 2mm; vertical-align: top; text-align: start; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.pairs { table-layout: fixed; }
.pairs col.text { width: 39%; }
.pairs col.fix { width: 22%; }
.pairs td.fix { background: repeating-linear-gradient(#fff 0 6.5mm, #999 6.5mm 6.8mm); }
.status { table-layout: fixed; }
.status td, .status th { font-size: 9.5pt; overflow-wrap: anywhere; }
.status col.page { width: 44%; } .status col.state { width: 24%; } .status col.day { width: 11%; } .status col.who { width: 10%; }
.page { break-before: page; }
.meta { color: #333; margin-bottom: 3mm; }
.sign { margin-top: 5mm; display: flex; gap: 12mm; break-inside: avoid; }
.sign span { flex: 1; border-bottom: 0.3mm solid #000; padding-top: 8mm; }
.lead { font-weight: 600; }
blockquote { margin: 0; padding-inline-start: 3mm; border-inline-start: 1mm solid #999; }
`;

const STATUS_WORDS: Record<StatusRow['status'], string> = {
  'machine-assisted': 'machine-assisted: to check',
  reviewed: 'reviewed',
  'not translated': 'not translated: the English page is shown',
};

function statusTable(sheet: ReviewSheet): string {
  const rows = sheet.rows
    .map((row) => {
      const stale = row.follows && row.follows < row.sourceUpdated ? ` (the ${sheet.source.name} changed on ${row.sourceUpdated})` : '';
      return `<tr><td lang="${row.status === 'not translated' ? sheet.source.code : sheet.language.code}">${escapeHtml(row.title)}<br><small>${escapeHtml(row.path)}</small></td><td>${STATUS_WORDS[row.status]}${stale}</td><td>${row.follows ?? ''}</td><td>${escapeHtml(row.by ?? '')}</td><td>${row.on ?? ''}</td></tr>`;
    })
    .join('\n');
  return `<table class="status"><colgroup><col class="page"><col class="state"><col class="day"><col class="who"><col class="day"></colgroup><thead><tr><th>Page</th><th>Status</th><th>${escapeHtml(sheet.source.name)} version it follows</th><th>Reviewed by</th><th>On</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function pageSheet(page: ReviewPage, sheet: ReviewSheet): string {
  const { language, source } = sheet;
  const length = Math.max(page.source.length, page.translation.length);
  const rows = Array.from(
    { length },
    (_, i) =>
      `<tr><td lang="${source.code}">${page.source[i] ?? ''}</td><td lang="${language.code}"${language.dir ? ' dir="rtl"' : ''}>${page.translation[i] ?? ''}</td><td class="fix"></td></tr>`,
  ).join('\n');
  return `<section class="page">
<h2 lang="${language.code}">${escapeHtml(page.title)}</h2>
<p class="meta">${escapeHtml(page.path)} · translated from the ${escapeHtml(source.name)} of ${page.follows}</p>
<table class="pairs"><colgroup><col class="text"><col class="text"><col class="fix"></colgroup>
<thead><tr><th>${escapeHtml(source.name)}</th><th>${escapeHtml(language.name)}</th><th>Corrections</th></tr></thead>
<tbody>${rows}</tbody></table>
<p class="sign"><span>Checked by (name):</span><span>Date:</span><span>☐ Correct as it is &nbsp; ☐ Corrections written above</span></p>
</section>`;
}

export function reviewHtml(sheet: ReviewSheet): string {
  const { language, source, pages, rows } = sheet;
  const toCheck = pages.length;
  const reviewed = rows.filter((r) => r.status === 'reviewed').length;
  return `<!doctype html><html lang="${source.code}"><head><meta charset="utf-8"><title>${escapeHtml(`${sheet.siteTitle}: ${language.name} review`)}</title><style>${CSS}</style></head><body>
<h1>${escapeHtml(sheet.siteTitle)}: check the ${escapeHtml(language.name)} translation</h1>
<p>Printed ${sheet.printed}. ${rows.length} pages: ${toCheck} to check, ${reviewed} reviewed.</p>
<p>For each page: read each line of ${escapeHtml(language.name)} beside the ${escapeHtml(source.name)}. Does it say the same thing, in words a reader understands?
Write a better wording in the right column. At the end of the page, write your name and the date, and tick one box.
Then give the sheets back to the person who gave them to you.</p>
${statusTable(sheet)}
${pages.map((page) => pageSheet(page, sheet)).join('\n')}
</body></html>`;
}
