// `npm run sources -- --mark`: gives each contact the last report found missing from its source page
// the "Check first" warning the site shows beside uncertain contacts. Only a `warning:` line is
// added to each such channel; every other byte of the data file stays as it was.
import fs from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { ContentError } from '../core/errors.ts';
import { shown } from '../core/paths.ts';
import { readText } from '../core/text-file.ts';
import { contactLabel, type ContactReport, type SourcesReport } from './build.ts';

export interface MarkResult {
  marked: string[];
  /** Contacts left as they were, and why. */
  skipped: string[];
}

const field = (map: YAMLMap, key: string) => {
  const node = map.get(key, true);
  return isScalar(node) ? String(node.value) : undefined;
};

/** The file's text with a warning added to each of `contacts`' channels; the contacts it could not find are returned. */
export function withWarnings(text: string, file: string, contacts: ContactReport[], warning: string): { text: string; notFound: ContactReport[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) throw new ContentError(shown(file), [`is not valid YAML: ${doc.errors[0]!.message}`]);
  const channels = doc.get('channels', true);
  const maps = isSeq(channels) ? channels.items.filter(isMap) : [];
  const inserts: { at: number; line: string }[] = [];
  const notFound: ContactReport[] = [];
  for (const contact of contacts) {
    const map = maps.find((m) => field(m, 'type') === contact.type && field(m, 'value') === contact.value && field(m, 'source') === contact.source);
    const first = map?.items[0];
    const last = map?.items.at(-1);
    if (!map || !first || !last || !isScalar(first.key) || !first.key.range || !last.value || !(last.value as { range?: number[] }).range) {
      notFound.push(contact);
      continue;
    }
    if (map.has('warning')) continue; // already marked: its words are the publisher's
    if (map.flow) throw new ContentError(shown(file), [`line ${lineCounter.linePos(map.range![0]).line}: the channel of ${contact.value} is written on one line ({ … }): write it as a list item to mark it`]);
    const valueEnd = (last.value as { range: number[] }).range[1]!;
    // The end of the line the channel's last value ends on; a block scalar's range already ends past its newline.
    const lineEnd = text[valueEnd - 1] === '\n' ? valueEnd - 1 : text.indexOf('\n', valueEnd);
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const line = `${' '.repeat(lineCounter.linePos(first.key.range[0]).col - 1)}warning: ${JSON.stringify(warning)}`;
    inserts.push(lineEnd < 0 ? { at: text.length, line: `${newline}${line}` } : { at: lineEnd + 1, line: `${line}${newline}` });
  }
  let out = text;
  for (const { at, line } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + line + out.slice(at);
  return { text: out, notFound };
}

/** Marks every missing contact of `report` not marked yet, file by file. */
export function markMissing(report: SourcesReport, warning: string): MarkResult {
  const result: MarkResult = { marked: [], skipped: [] };
  const missing = report.contacts.filter((c) => c.status === 'missing');
  for (const c of missing.filter((c) => c.warned)) result.skipped.push(`${contactLabel(c)}: already has a "Check first" warning`);
  const byFile = Map.groupBy(missing.filter((c) => !c.warned), (c) => c.file);
  for (const [file, contacts] of byFile) {
    if (!fs.existsSync(file)) {
      result.skipped.push(...contacts.map((c) => `${contactLabel(c)}: ${shown(file)} is gone`));
      continue;
    }
    const before = readText(file);
    const { text, notFound } = withWarnings(before, file, contacts, warning);
    result.skipped.push(...notFound.map((c) => `${contactLabel(c)}: no longer in ${shown(file)} as the report has it (run npm run sources again)`));
    if (text !== before) fs.writeFileSync(file, text);
    result.marked.push(...contacts.filter((c) => !notFound.includes(c)).map((c) => `${contactLabel(c)} (${shown(file)})`));
  }
  return result;
}
