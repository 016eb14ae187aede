// A small static file server for the built site on loopback, compressing text with brotli or gzip
// the way a production server would. Used by `npm start`, the end-to-end tests and the benchmark.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { brotli, gzip } from '../core/compress.ts';
import { headersFor, parseHeadersFile } from './files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
  '.zim': 'application/octet-stream', // no registered type; Kiwix's own servers send this
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pack': 'application/octet-stream', // a save's pack (src/offline/pack.ts): sent compressed like text
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;
const compressible = (file: string, type: string) => COMPRESSIBLE.test(type) || file.endsWith('.pack');

function resolveFile(root: string, urlPath: string): { file?: string; redirect?: string } {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const full = path.join(root, clean);
  if (!full.startsWith(root)) return {};
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (stat?.isFile()) return { file: full };
  if (stat?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    const index = path.join(full, 'index.html');
    if (fs.existsSync(index)) return { file: index };
  }
  return {};
}

/** Called for every response with the path asked for and the bytes sent (after compression). */
export type ServeListener = (path: string, bytes: number) => void;

type Encoding = 'br' | 'gzip';

export interface ServeOptions {
  onServe?: ServeListener;
  /** Milliseconds to hold each response: a slow link, for tests that must act mid-download. */
  delayMs?: () => number;
}

export function createStaticServer(root: string, { onServe, delayMs }: ServeOptions = {}): http.Server {
  const dir = path.resolve(root);
  // The build's own response headers (Content-Security-Policy and the rest), as a static host would send them.
  const headerRules = fs.existsSync(path.join(dir, '_headers')) ? parseHeadersFile(fs.readFileSync(path.join(dir, '_headers'), 'utf8')) : [];
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { file, redirect } = resolveFile(dir, url.pathname);
    if (redirect) {
      res.writeHead(301, { Location: redirect + url.search }).end();
      return;
    }
    const notFound = path.join(dir, '404.html');
    const served = file ?? (fs.existsSync(notFound) ? notFound : undefined);
    if (!served) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
    let body: Buffer = fs.readFileSync(served);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding', ...headersFor(url.pathname, headerRules) };
    const accepted = String(req.headers['accept-encoding']);
    const encoding: Encoding | undefined = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    if (compressible(served, type) && encoding) {
      // A file compressed at build (.br, .gz beside it) is sent as it is, as nginx's *_static modules do.
      const ready = `${served}.${encoding === 'br' ? 'br' : 'gz'}`;
      body = fs.existsSync(ready) ? fs.readFileSync(ready) : encoding === 'br' ? brotli(body) : gzip(body);
      headers['Content-Encoding'] = encoding;
    }
    headers['Content-Length'] = String(body.length);
    const send = () => {
      res.writeHead(file ? 200 : 404, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      onServe?.(url.pathname, req.method === 'HEAD' ? 0 : body.length);
    };
    const delay = delayMs?.() ?? 0;
    if (delay > 0) setTimeout(send, delay);
    else send();
  });
}

/** Starts serving `root` on 127.0.0.1; port 0 picks a free port. Resolves to the base URL. */
export async function serve(root: string, port = 0, options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createStaticServer(root, options);
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
