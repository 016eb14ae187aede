// A link in front of the test server that can fail the way real links and servers fail: a response
// cut off half-way (the connection drops), one that stops half-way and hangs (a test can act while it
// downloads), a body damaged on the way, or an error status. Only the requests `faultFor` picks are
// touched; every other request passes as it is.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = 'drop' | 'stall' | 'damage' | 404 | 500;

export interface FaultyLink {
  url: string;
  /** The fault for a request path, or undefined to pass it; read at each request. */
  faultFor: (path: string) => Fault | undefined;
  /** Paths asked for, in order. */
  asked: string[];
  close(): Promise<void>;
}

/** Bodies over this size are sent this much at a time, one slice per event-loop turn after the socket drains. */
const SLICE = 16 * 1024;

export async function faultyLink(upstream: string, { bytesPerSecond = 2_000_000 }: { bytesPerSecond?: number } = {}): Promise<FaultyLink> {
  const link: FaultyLink = { url: '', faultFor: () => undefined, asked: [], close: async () => {} };
  const hanging: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    link.asked.push(path);
    const fault = link.faultFor(path);
    if (fault === 404 || fault === 500) {
      res.writeHead(fault, { 'Content-Type': 'text/plain' }).end('error');
      return;
    }
    // A body to damage is asked for uncompressed, so that the damage reaches the page's own bytes.
    const headers = { ...req.headers, ...(fault === 'damage' && { 'accept-encoding': 'identity' }) };
    http
      .get(upstream + req.url, { headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          if (fault === 'damage') body.writeUInt8(body.readUInt8(body.length - 100) ^ 0xff, body.length - 100); // near the end: a page's text, after the index
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          const end = fault === 'drop' || fault === 'stall' ? Math.floor(body.length / 2) : body.length;
          let at = 0;
          const step = () => {
            if (at >= end) {
              if (fault === 'drop') res.destroy(); // the connection drops half-way
              else if (fault === 'stall') hanging.push(res); // half sent, the rest never comes
              else res.end();
              return;
            }
            const slice = body.subarray(at, Math.min(at + SLICE, end));
            at += slice.length;
            res.write(slice);
            setTimeout(step, (slice.length / bytesPerSecond) * 1000);
          };
          step();
        });
      })
      .on('error', () => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  link.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  link.close = () => {
    for (const res of hanging) res.destroy();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return link;
}
