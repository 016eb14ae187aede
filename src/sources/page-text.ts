// The text of a fetched source: HTML without its tags (link targets kept, since a number or an
// address is often only in a tel: or mailto: link), a PDF through pdftotext, plain text as it is.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** What a reader of the page sees, and where its links go. */
export function htmlText(html: string): string {
  const targets = [...html.matchAll(/\bhref\s*=\s*("([^"]*)"|'([^']*)')/gi)].map((m) => safeDecode(m[2] ?? m[3] ?? ''));
  const visible = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return normalised(`${decodeEntities(visible)}\n${targets.map(decodeEntities).join('\n')}`);
}

/** A link target with %-escapes undone where they are valid ("mailto:a%40b.org"). */
function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

const normalised = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export const isPdf = (contentType: string | undefined, body: Uint8Array) =>
  /application\/pdf/i.test(contentType ?? '') || Buffer.from(body.subarray(0, 5)).toString('latin1') === '%PDF-';

/** A PDF's text, by poppler's pdftotext. */
export async function pdfText(body: Uint8Array, timeoutMs: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-sources-'));
  try {
    const file = path.join(dir, 'source.pdf');
    fs.writeFileSync(file, body);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    return normalised(stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a body as its type says: PDF, HTML, or anything else read as UTF-8. */
export async function pageText(contentType: string | undefined, body: Uint8Array, timeoutMs: number): Promise<string> {
  if (isPdf(contentType, body)) return pdfText(body, timeoutMs);
  const text = Buffer.from(body).toString('utf8');
  return /html|xml/i.test(contentType ?? '') || /^\s*</.test(text) ? htmlText(text) : normalised(text);
}

/** A short fingerprint of a page's text: a change in it is worth a look even when every contact is still found. */
export const textHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
