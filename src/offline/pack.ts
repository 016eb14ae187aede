// A pack: every file of one part of a language's save in one file, so a save is one download,
// compressed as one stream (the pages repeat the same style, header and footer: compressed together,
// the repetition is paid once). The format, read by the service worker (sw.ts):
//
//   LGPACK1\n
//   {"files":[[url, type, length], …], "separate":[[url, bytes], …], "sha256": hex}\n
//   the bodies, one after another, in the order of "files"
//
// "sha256" is the hash of all the bodies: the worker refuses a damaged download before it keeps
// anything (one hash, not one a file: 64 hex digits do not compress, and a pack holds 130 files).
// "separate" lists files fetched one by one if the reader asks (PDFs: compressed already).
// Pagefind's files are stored gunzipped: Pagefind reads them either way (its "pagefind_dcd" mark),
// and gunzipped they compress far better with the rest of the pack.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { brotliLarge, gzip } from '../core/compress.ts';
import { pagePath } from '../core/hrefs.ts';

export const PACK_MAGIC = 'LGPACK1\n';

/** A pack as the service worker finds it: where, and how big over the wire and unpacked. */
export interface PackFile {
  url: string;
  /** Bytes sent with brotli, and with gzip (servers without brotli). */
  bytes: number;
  gzipBytes: number;
  /** Bytes once the browser has undone the compression: what the worker reads. */
  size: number;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

const GZIPPED_BY_PAGEFIND = /\.(pagefind|pf_meta|pf_index|pf_fragment)$/;

/** One file as the pack holds it: its address, type and body. `file` is a path inside dist, maybe with "?query". */
function entry(distDir: string, file: string): { url: string; type: string; body: Buffer } {
  const onDisk = file.replace(/\?.*$/, '');
  const raw = fs.readFileSync(path.join(distDir, onDisk));
  const extension = path.extname(onDisk).slice(1);
  return {
    url: onDisk.endsWith('.html') ? pagePath(onDisk) : `/${file}`,
    type: TYPES[extension] ?? 'application/octet-stream',
    body: GZIPPED_BY_PAGEFIND.test(onDisk) && raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw,
  };
}

/** The pack's bytes: header, index, bodies. */
export function packBytes(distDir: string, files: string[], separate: [url: string, bytes: number][] = []): Buffer {
  const entries = files.map((file) => entry(distDir, file));
  const bodies = Buffer.concat(entries.map((e) => e.body));
  const index = {
    files: entries.map(({ url, type, body }) => [url, type, body.length]),
    separate,
    sha256: createHash('sha256').update(bodies).digest('hex'),
  };
  return Buffer.concat([Buffer.from(PACK_MAGIC), Buffer.from(`${JSON.stringify(index)}\n`), bodies]);
}

/**
 * Writes offline/<name>.<hash>.pack with .br and .gz beside it (a server sends the smallest the
 * browser takes); the hash of its bytes in the name, so a new version is a new address.
 */
export async function writePack(distDir: string, name: string, files: string[], separate: [string, number][], brotliQuality: number): Promise<PackFile> {
  const bytes = packBytes(distDir, files, separate);
  const url = `/offline/${name}.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.pack`;
  const file = path.join(distDir, url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const br = await brotliLarge(bytes, brotliQuality);
  const gz = gzip(bytes);
  fs.writeFileSync(file, bytes);
  fs.writeFileSync(`${file}.br`, br);
  fs.writeFileSync(`${file}.gz`, gz);
  return { url, bytes: br.length, gzipBytes: gz.length, size: bytes.length };
}
