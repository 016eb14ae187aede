// A pack written at build is read back whole by the worker's code, and every fault is named.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { packBytes, PACK_MAGIC, writePack } from '../../../src/offline/pack.ts';
import { isSaveError, readPack, saveError, unpack } from '../../../src/offline/unpack.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'lockguide-pack-'));
const write = (file: string, body: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), body);
};
write('en/index.html', '<h1>Home</h1>');
write('en/basics/soil/index.html', '<h1>Soil</h1>');
write('search/instant.en.js', 'window.x=1;');
write('pagefind/index/en_1.pf_index', gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([1, 2, 3])])));
write('pictures/tray.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
write('pagefind/pagefind-entry.json', '{"version":1}');
const files = ['en/index.html', 'en/basics/soil/index.html', 'search/instant.en.js', 'pagefind/index/en_1.pf_index', 'pictures/tray.png'];
// Made in each test, not once at load: a mutation test changes the code per test run.
let pack: Buffer;
beforeEach(() => {
  pack = packBytes(dist, ['en/index.html', ...files.slice(1), 'pagefind/pagefind-entry.json?ts=abc'], [['/print/en/checklist.pdf', 45_000]]);
});
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

const own = (bytes: Buffer) => new Uint8Array(bytes); // a copy with an ArrayBuffer of its own, as fetch gives

test('unpacks to every file at its address, with its type, Pagefind files ungzipped', async () => {
  const { files: unpacked, separate } = await unpack(own(pack));
  expect(unpacked.map(([url, response]) => [url, response.headers.get('content-type')])).toEqual([
    ['/en/', 'text/html; charset=utf-8'],
    ['/en/basics/soil/', 'text/html; charset=utf-8'],
    ['/search/instant.en.js', 'text/javascript; charset=utf-8'],
    ['/pagefind/index/en_1.pf_index', 'application/octet-stream'],
    ['/pictures/tray.png', 'image/png'],
    ['/pagefind/pagefind-entry.json?ts=abc', 'application/json'], // fetched with its cache tag: kept under that address
  ]);
  expect(await unpacked[5]![1].text()).toBe('{"version":1}');
  expect(await unpacked[1]![1].text()).toBe('<h1>Soil</h1>');
  expect(new TextDecoder().decode(await unpacked[3]![1].arrayBuffer()).startsWith('pagefind_dcd')).toBe(true);
  expect(unpacked[0]![1].headers.get('x-saved-at')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(separate).toEqual([['/print/en/checklist.pdf', 45_000]]);
  expect(pack.subarray(0, PACK_MAGIC.length).toString()).toBe('LGPACK1\n');
});

test('only gzipped Pagefind files are unzipped: a Pagefind file stored plain, and a picture that starts like gzip, stay as they are', async () => {
  write('pagefind/plain.pf_meta', 'pagefind_dcd plain');
  write('pictures/odd.png', Buffer.from([0x1f, 0x8b, 0x00, 0x01]));
  const { files: unpacked } = await unpack(own(packBytes(dist, ['pagefind/plain.pf_meta', 'pictures/odd.png'])));
  expect(await unpacked[0]![1].text()).toBe('pagefind_dcd plain');
  expect([...new Uint8Array(await unpacked[1]![1].arrayBuffer())]).toEqual([0x1f, 0x8b, 0x00, 0x01]);
});

test('a pack with one byte changed, or cut short, is refused as damaged', async () => {
  const changed = Buffer.from(pack);
  changed.writeUInt8(changed.readUInt8(changed.length - 3) ^ 1, changed.length - 3);
  await expect(unpack(own(changed))).rejects.toMatchObject({ reason: 'damaged' });
  await expect(unpack(own(pack.subarray(0, pack.length - 1)))).rejects.toMatchObject({ reason: 'damaged' });
  await expect(unpack(own(Buffer.from('not a pack\n{}')))).rejects.toMatchObject({ reason: 'damaged' });
});

test('a pack that is not one, or whose index has no end, is damaged; so are bodies longer than the index says', async () => {
  const other = Buffer.from(pack);
  other.write('LGPACK2', 0);
  await expect(unpack(own(other))).rejects.toMatchObject({ reason: 'damaged' });
  await expect(unpack(own(Buffer.from('LGPACK1\n{"files":[]'.padEnd(40, ' '))))).rejects.toMatchObject({ reason: 'damaged' });
  // One byte more than the index lists, with a hash that covers it: only the length can tell.
  const index = { files: [['/a/', 'text/html', 2]], separate: [], sha256: createHash('sha256').update('abc').digest('hex') };
  await expect(unpack(own(Buffer.from(`LGPACK1\n${JSON.stringify(index)}\nabc`)))).rejects.toMatchObject({ reason: 'damaged' });
});

test('a save error says which fault it is; other errors are not save errors', () => {
  expect(isSaveError(saveError('server', 500))).toBe(true);
  expect(saveError('server', 500)).toMatchObject({ reason: 'server', status: 500, message: 'server' });
  expect(isSaveError(new Error('network'))).toBe(false);
  expect(isSaveError('cut')).toBe(false);
});

test('writePack writes the pack under the hash of its bytes, with .br and .gz beside it', async () => {
  const written = await writePack(dist, 'en.pages', files, [], 5);
  const file = path.join(dist, written.url);
  const bytes = fs.readFileSync(file);
  expect(written.url).toBe(`/offline/en.pages.${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.pack`);
  expect(written.size).toBe(bytes.length);
  expect(written.bytes).toBe(fs.statSync(`${file}.br`).size);
  expect(written.gzipBytes).toBe(fs.statSync(`${file}.gz`).size);
  expect(written.bytes).toBeLessThan(written.size);
});

describe('downloading', () => {
  let server: http.Server;
  let base = '';
  let answer: (res: http.ServerResponse) => void = () => {};
  beforeAll(async () => {
    server = http.createServer((_, res) => answer(res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const described = () => ({ url: `${base}/en.pages.pack`, bytes: 100, size: pack.length });

  test('reports progress by bytes and returns the files', async () => {
    answer = (res) => res.writeHead(200, { 'Content-Length': pack.length }).end(pack);
    const seen: [number, number][] = [];
    const result = await readPack(described(), (done, total) => seen.push([done, total]), new AbortController().signal);
    expect(result.files).toHaveLength(6);
    expect(result.sent).toBe(pack.length); // the server's Content-Length
    expect(seen.at(-1)).toEqual([pack.length, pack.length]);
  });

  test('a server error is told with its status', async () => {
    answer = (res) => res.writeHead(500).end('no');
    await expect(readPack(described(), () => {}, new AbortController().signal)).rejects.toMatchObject({ reason: 'server', status: 500 });
  });

  test('a connection that drops half-way is told as cut off', async () => {
    answer = (res) => {
      res.writeHead(200, { 'Content-Length': pack.length });
      res.write(pack.subarray(0, 50));
      setImmediate(() => res.destroy());
    };
    await expect(readPack(described(), () => {}, new AbortController().signal)).rejects.toMatchObject({ reason: 'cut' });
  });

  test('a body longer than the pack is damaged', async () => {
    answer = (res) => res.writeHead(200).end(Buffer.concat([pack, Buffer.from('more')]));
    await expect(readPack(described(), () => {}, new AbortController().signal)).rejects.toMatchObject({ reason: 'damaged' });
  });

  test('a download stopped by the reader is not told as a fault of the connection', async () => {
    const stop = new AbortController();
    answer = (res) => {
      res.writeHead(200, { 'Content-Length': pack.length });
      res.write(pack.subarray(0, 50)); // and nothing more: the reader stops it
    };
    const error = await readPack(described(), () => stop.abort(), stop.signal).catch((e: unknown) => e);
    expect(isSaveError(error)).toBe(false);
    expect((error as Error).name).toBe('AbortError');
  });

  test('a body that ends early is told as cut off', async () => {
    answer = (res) => res.writeHead(200).end(pack.subarray(0, 50)); // no length given: it just stops
    await expect(readPack(described(), () => {}, new AbortController().signal)).rejects.toMatchObject({ reason: 'cut' });
  });
});
