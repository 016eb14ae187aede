// A stand-in for the web the source watch visits: a plain-http server on 127.0.0.1 (random port)
// whose pages keep a number, drop it, change a digit, write it another way, redirect (well or badly), fail, hang,
// send 20 MB, send a PDF, or are closed to robots. Never reachable from outside the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A one-page PDF whose text is `line`, with a correct cross-reference table, so pdftotext reads it as any PDF. */
export function tinyPdf(line: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${line.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const page = (body: string) => `<!doctype html><html><head><title>Fixture</title></head><body>${body}</body></html>`;

export interface SourceServer {
  /** "https://127.0.0.1:<port>": how content names its pages (the watch's test option fetches it over http). */
  origin: string;
  /** Every path asked for, in order, with the user agent that asked. */
  requests: { path: string; userAgent: string; cookie?: string }[];
  /** What the pages say: change it between runs. */
  pages: Map<string, string>;
  /** Where redirecting paths send the reader (a path on this server): change it between runs. */
  redirects: Map<string, string>;
  close: () => Promise<void>;
}

export async function startSourceServer(): Promise<SourceServer> {
  const requests: SourceServer['requests'] = [];
  const pages = new Map<string, string>([
    ['/keep', page('<p>Call us on <a href="tel:+254722000000">0722 000 000</a>, dial *544#, or write to <a href="mailto:help@shop.example">us</a>.</p>')],
    ['/drop', page('<p>Our phone line is closed. Use the app.</p>')],
    ['/one-digit', page('<p>Call 0722 000 001 (8am to 5pm).</p>')],
    ['/international', page('<p>Hotline: +254 722 000 000</p>')],
    ['/new-home', page('<p>Complaints: (0722) 000-000</p>')],
    ['/private/page', page('<p>0722 000 000</p>')],
    ['/green-seeds', page('<p>Green Seeds: 0700 000 001, pay with *123#.</p>')],
    ['/council', page('<p>Allotments: allotments@garden.example</p>')],
    ['/handbook', page('<p>A handbook.</p>')],
    ['/weather', page('<p>Long rains.</p>')],
  ]);
  const redirects = new Map([['/moved', '/new-home']]);
  const server = http.createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, userAgent: request.headers['user-agent'] ?? '', cookie: request.headers.cookie });
    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
      response.end(body);
    };
    const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const target = redirects.get(path);
    if (target) return send(301, '', { location: `${origin}${target}`, 'set-cookie': 'session=1' });
    switch (path) {
      case '/robots.txt':
        return send(200, 'User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' });
      case '/to-http':
        return send(302, '', { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/keep` });
      case '/bad-redirect':
        return send(302, '', { location: 'https://[::1' });
      case '/gone':
        return send(404, page('Not found'));
      case '/broken':
        return send(500, page('Error'));
      case '/busy':
        return send(429, page('Slow down'), { 'retry-after': '60' });
      case '/hang':
        return; // never answers: the watch's time-out ends it
      case '/huge': {
        response.writeHead(200, { 'content-type': 'text/html' }); // no length: the size limit must stop the reading
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const more = () => {
          while (sent < 20 * 1024 * 1024) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', more);
          }
          response.end();
        };
        response.on('error', () => undefined);
        return more();
      }
      case '/leaflet.pdf':
        return send(200, tinyPdf('Helpline 0722 000 000'), { 'content-type': 'application/pdf' });
      default: {
        const body = pages.get(path);
        return body === undefined ? send(404, page('Not found')) : send(200, body);
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    pages,
    redirects,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
