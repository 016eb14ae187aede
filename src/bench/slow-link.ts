// A 2G link in front of a local server, for what DevTools cannot slow: a service worker's own
// downloads pass beside the page's network emulation. Every response waits one round trip before its
// first byte, then all responses share one downlink, sent in small slices in turn. The link counts
// the bytes it sends, so a benchmark reports what crossed it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowLink {
  url: string;
  /** Bytes sent to the browser (bodies as compressed by the server), and responses, since the last reset. */
  sent(): { bytes: number; responses: number };
  reset(): void;
  close(): Promise<void>;
}

const SLICE = 1024;
const TICK_MS = 20;

export async function slowLink(upstream: string, { bitsPerSecond, roundTripMs }: { bitsPerSecond: number; roundTripMs: number }): Promise<SlowLink> {
  const waiting: { slice: Buffer; write: () => void }[] = [];
  let bytes = 0;
  let responses = 0;
  let budget = 0;
  // The shared downlink: each tick lets through what the rate allows, one slice at a time, in turn.
  const timer = setInterval(() => {
    budget = Math.min(budget + (bitsPerSecond / 8) * (TICK_MS / 1000), SLICE * 8);
    while (waiting.length > 0 && budget >= waiting[0]!.slice.length) {
      const next = waiting.shift()!;
      budget -= next.slice.length;
      bytes += next.slice.length;
      next.write();
    }
  }, TICK_MS);

  const send = (res: http.ServerResponse, body: Buffer) =>
    new Promise<void>((resolve) => {
      if (body.length === 0) return resolve();
      for (let at = 0; at < body.length; at += SLICE) {
        const slice = body.subarray(at, at + SLICE);
        const last = at + SLICE >= body.length;
        waiting.push({ slice, write: () => (res.write(slice), last && resolve()) });
      }
    });

  const server = http.createServer((req, res) => {
    setTimeout(() => {
      const forward = http.request(upstream + req.url, { method: req.method, headers: req.headers }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', async () => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          await send(res, Buffer.concat(chunks));
          responses++;
          res.end();
        });
      });
      forward.on('error', () => res.destroy());
      req.pipe(forward);
    }, roundTripMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent: () => ({ bytes, responses }),
    reset: () => {
      bytes = 0;
      responses = 0;
    },
    close: () => {
      clearInterval(timer);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
