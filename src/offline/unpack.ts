// The service worker's side of a pack (pack.ts writes the format): one download, read with its
// progress, checked byte for byte against the hashes the build wrote, and only then cut into the
// responses a cache keeps. Any fault is a saveError naming its kind, for the reader's message.

/** What went wrong: the server refused, the download was cut off, a file arrived damaged, or the phone is full. */
export type FaultKind = 'server' | 'cut' | 'damaged' | 'storage';

export interface SaveError extends Error {
  reason: FaultKind;
  status?: number;
}

/** A fault of a save (a plain Error with its kind: a class would cost the worker its helpers). */
export const saveError = (reason: FaultKind, status?: number): SaveError => Object.assign(new Error(reason), { reason, status });
export const isSaveError = (error: unknown): error is SaveError => error instanceof Error && 'reason' in error;

export interface Unpacked {
  files: [url: string, response: Response][];
  /** Files the pack lists to fetch one by one, with their sizes. */
  separate: [url: string, bytes: number][];
  /** Bytes that came over the wire. */
  sent: number;
}

const MAGIC = 'LGPACK1\n';
/** The header on a kept response that remembers the day it was saved, and that day. */
export const SAVED_AT = 'x-saved-at';
export const today = () => new Date().toISOString().slice(0, 10);

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Downloads a pack. `progress` gets the bytes sent so far and in all: the server's Content-Length
 * when it gives one (brotli or gzip, whichever it chose), else the build's brotli size.
 */
export async function readPack(
  pack: { url: string; bytes: number; size: number },
  progress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<Unpacked> {
  const response = await fetch(pack.url, { cache: 'no-cache', signal });
  if (!response.ok || !response.body) throw saveError('server', response.status);
  const sent = Number(response.headers.get('content-length')) || pack.bytes;
  const bytes = new Uint8Array(pack.size);
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      if (signal.aborted) throw error;
      throw saveError('cut'); // the connection dropped part-way
    }
    if (chunk.done) break;
    if (received + chunk.value.length > pack.size) throw saveError('damaged');
    bytes.set(chunk.value, received);
    received += chunk.value.length;
    progress(Math.round((received / pack.size) * sent), sent);
  }
  if (received < pack.size) throw saveError('cut');
  const { files, separate } = await unpack(bytes);
  return { files, separate, sent };
}

/** Cuts a whole pack into responses, once its bodies match the hash the build wrote. */
export async function unpack(bytes: Uint8Array<ArrayBuffer>): Promise<Omit<Unpacked, 'sent'>> {
  const text = new TextDecoder();
  const end = bytes.indexOf(10, MAGIC.length);
  if (text.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC || end < 0) throw saveError('damaged');
  let index: { files: [string, string, number][]; separate: [string, number][]; sha256: string };
  try {
    index = JSON.parse(text.decode(bytes.subarray(MAGIC.length, end)));
  } catch {
    throw saveError('damaged');
  }
  const bodies = bytes.subarray(end + 1);
  if (bodies.length !== index.files.reduce((sum, [, , length]) => sum + length, 0) || (await sha256(bodies)) !== index.sha256) throw saveError('damaged');
  const day = today();
  let at = 0;
  const files: [string, Response][] = index.files.map(([url, type, length]) => [url, new Response(bodies.slice(at, (at += length)), { headers: { 'content-type': type, [SAVED_AT]: day } })]);
  return { files, separate: index.separate };
}
