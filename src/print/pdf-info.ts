// A PDF's document information as a reader's PDF viewer and library show it: its own title in its
// language, the publisher as author, the summary as subject. Chromium writes only the page's <title>;
// qpdf rewrites the information dictionary (by a JSON update, so the rest of the file is untouched).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
}

interface QpdfJson {
  qpdf: [Record<string, unknown>, Record<string, { value: Record<string, unknown> }>];
}

const qpdfJson = (file: string, object: string) =>
  JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', `--json-object=${object}`, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as QpdfJson;

/**
 * Writes a qpdf JSON update that sets `info` in `file`'s information dictionary, keeping its other
 * entries (creator, dates); returns the update's path, for `qpdf --update-from-json`.
 */
export function pdfInfoUpdate(file: string, info: PdfInfo): string {
  const { qpdf } = qpdfJson(file, 'trailer');
  const infoRef = qpdf[1].trailer!.value['/Info'];
  if (typeof infoRef !== 'string') throw new Error(`${file}: Chromium wrote no document information dictionary`);
  const current = qpdfJson(file, infoRef.replace(/ R$/, '').replace(' ', ',')).qpdf[1][`obj:${infoRef}`]!.value;
  const update = {
    qpdf: [
      qpdf[0],
      { [`obj:${infoRef}`]: { value: { ...current, '/Title': `u:${info.title}`, '/Author': `u:${info.author}`, '/Subject': `u:${info.subject}` } } },
    ],
  };
  const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-pdf-info-')), 'info.json');
  fs.writeFileSync(json, JSON.stringify(update));
  return json;
}
