// Reads a content file as text, or says exactly where it is not UTF-8: editors on some phones and old
// computers save in other encodings, and a wrong byte would otherwise show up as a broken letter or
// as "no front matter".
import fs from 'node:fs';
import { ContentError } from './errors.ts';
import { shown } from './paths.ts';

/** The offset of the first byte that does not begin a valid UTF-8 sequence, or -1. */
function invalidUtf8At(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    strict.decode(bytes); // nearly every file: valid, read in one call
    return -1;
  } catch {
    // a wrong byte somewhere: find it, sequence by sequence
  }
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      try {
        strict.decode(bytes.subarray(i, i + length)); // continuation bytes, overlong forms, surrogates
      } catch {
        return i;
      }
    }
    i += length;
  }
  return -1;
}

/** A file's text, as well as it can be read, and what is wrong with its encoding (line and byte). */
export function decodeText(bytes: Buffer): { text: string; problems: string[] } {
  const problems: string[] = [];
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) problems.push('line 1: the file starts with a byte-order mark (BOM): save it as "UTF-8" without BOM (most editors offer both)');
  const body = bom ? bytes.subarray(3) : bytes;
  const at = invalidUtf8At(body);
  if (at >= 0) {
    const line = body.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const hex = body[at]!.toString(16).toUpperCase().padStart(2, '0');
    problems.push(`line ${line}: byte ${at + 1 + (bom ? 3 : 0)} (0x${hex}) is not UTF-8: the file was saved in another encoding; save it as "UTF-8" and check the letters on that line`);
  }
  return { text: body.toString('utf8'), problems };
}

/** The file's text; a ContentError naming the line and byte where it is not UTF-8, or its byte-order mark. */
export function readText(file: string): string {
  const { text, problems } = decodeText(fs.readFileSync(file));
  if (problems.length > 0) throw new ContentError(shown(file), problems);
  return text;
}
