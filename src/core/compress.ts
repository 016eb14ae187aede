// Compression, done once per body: the offline step measures every file compressed as a server would
// send it, the last build step writes the same bodies beside the files, and the test server sends them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { distFiles } from './dist.ts';

/**
 * Brotli at quality 11 is the slowest step after the pages (about 30 ms a page on this project's
 * 2-core machine); quality 10 is five times faster for about 2% more bytes. A site of more pages
 * than this gets 10, so that ten thousand pages compress in a minute or two rather than a quarter of an hour.
 */
export const BROTLI_11_MAX_PAGES = 2000;

/** The brotli quality for a built site: 11, or 10 past BROTLI_11_MAX_PAGES pages. */
export function brotliQuality(distDir: string): number {
  const pages = distFiles(distDir).filter((file) => file.endsWith('.html')).length;
  return pages > BROTLI_11_MAX_PAGES ? 10 : 11;
}

const compressed = new Map<string, Buffer>();
const brotliOptions = (body: Buffer, quality: number) => ({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
const keyOf = (body: Buffer, quality: number) => `${quality}:${createHash('sha256').update(body).digest('base64')}`;

/**
 * A body as served brotli-compressed. The offline step measures every file this way and the
 * last step writes them: each body is compressed once.
 */
export function brotli(body: Buffer, quality = 11): Buffer {
  const key = keyOf(body, quality);
  let out = compressed.get(key);
  if (!out) {
    out = zlib.brotliCompressSync(body, brotliOptions(body, quality));
    compressed.set(key, out);
  }
  return out;
}

const brotliAsync = promisify(zlib.brotliCompress);

/** Compresses many files at once, on every core (zlib's thread pool), so that brotli() then finds them done. */
export async function brotliAhead(files: string[], quality = 11, onStep?: () => void): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const body = fs.readFileSync(files[next++]!);
      const key = keyOf(body, quality);
      if (!compressed.has(key)) compressed.set(key, await brotliAsync(body, brotliOptions(body, quality)));
      onStep?.();
    }
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, worker));
}

/** A large body (a save's pack) compressed on zlib's thread pool, so that several compress at once. */
export async function brotliLarge(body: Buffer, quality = 11): Promise<Buffer> {
  return brotliAsync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_LGWIN]: 24, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
}

/** A body as served gzip-compressed. */
export const gzip = (body: Buffer | string) => zlib.gzipSync(body, { level: 9 });
