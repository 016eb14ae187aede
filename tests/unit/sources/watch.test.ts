// The source watch against a loopback fixture server: what it reports for each kind of source page
// (kept, dropped, changed, rewritten, redirected, failing, hanging, huge, PDF, closed to robots),
// what it says changed between runs, and that it is polite (user agent, robots.txt, no cookies).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureContent } from '../../helpers/fixture-build.ts';
import { startSourceServer, type SourceServer } from '../../helpers/source-server.ts';
import { collectSources } from '../../../src/sources/collect.ts';
import { watchSources, type SourcesReport } from '../../../src/sources/build.ts';
import { politeFetcher } from '../../../src/sources/fetch-page.ts';
import { readReport, strictFailure, terminalTable, writeReport } from '../../../src/sources/report.ts';

let server: SourceServer;
let content: string;

/** A shop with one contact per kind of source page. */
function watchedShop(origin: string): string {
  const channel = (type: string, value: string, page: string) =>
    `  - purpose: contact\n    type: ${type}\n    value: "${value}"\n${['phone', 'whatsapp'].includes(type) ? '    country: KE\n' : ''}    source: ${origin}${page}\n    checked: 2026-01-10\n`;
  return [
    'name: Watched Shop\ncountries: [KE]\nsummary: A shop whose sources are watched.\nchannels:\n',
    channel('phone', '0722 000 000', '/keep'),
    channel('ussd', '*544#', '/keep'),
    channel('email', 'help@shop.example', '/keep'),
    channel('phone', '0722 000 000', '/drop'),
    channel('whatsapp', '0722 000 000', '/one-digit'),
    channel('phone', '0722000000', '/international'),
    channel('phone', '+254 722 000 000', '/moved'),
    channel('phone', '0722 000 000', '/gone'),
    channel('phone', '0722 000 000', '/broken'),
    channel('phone', '0722 000 000', '/busy'),
    channel('phone', '0722 000 000', '/hang'),
    channel('phone', '0722 000 000', '/huge'),
    channel('phone', '0722 000 000', '/leaflet.pdf'),
    channel('phone', '0722 000 000', '/private/page'),
    channel('phone', '0722 000 000', '/to-http'),
    channel('app', 'Watched Shop app', '/keep'),
    `sources:\n  - title: Watched Shop\n    url: ${origin}/keep\nchecked: 2026-01-10\n`,
  ].join('');
}

beforeAll(async () => {
  server = await startSourceServer();
  const dir = fixtureContent({
    edit: (contentDir) => {
      // Every source of the fixture site points at the loopback server instead of garden.example.
      for (const entry of fs.readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
        const file = path.join(contentDir, entry);
        if (!/\.(ya?ml|mdx)$/.test(entry) || entry === 'site.yaml') continue;
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replaceAll('https://garden.example/', `${server.origin}/`));
      }
      fs.writeFileSync(path.join(contentDir, 'data', 'shops', 'watched-shop.yaml'), watchedShop(server.origin));
    },
  });
  content = path.join(dir, 'content');
});
afterAll(() => server.close());

const run = (previous?: SourcesReport) =>
  watchSources(collectSources(content), { publisherContact: 'garden-club@garden.example', previous, timeoutMs: 1000, maxBytes: 1024 * 1024, pauseMs: 0, maxRedirects: 5, loopbackHttp: true });

const contactOf = (report: SourcesReport, value: string, page: string) => report.contacts.find((c) => c.source === `${server.origin}${page}` && c.value === value);
const urlOf = (report: SourcesReport, page: string) => report.urls.find((u) => u.url === `${server.origin}${page}`)!;

describe('a first run', () => {
  let report: SourcesReport;
  beforeAll(async () => {
    report = await run();
  });

  it('visits only the loopback server, each address once', () => {
    expect(report.urls.every((u) => u.url.startsWith(`${server.origin}/`))).toBe(true);
    const pages = server.requests.map((r) => r.path).filter((p) => p !== '/robots.txt');
    expect(pages.filter((p) => p === '/keep')).toHaveLength(1);
  });

  it('visits the sources of articles, country pages and directory entries, each with what cites it', () => {
    expect(urlOf(report, '/handbook').citedBy.join('\n')).toMatch(/^Soil \(.*en\/basics\/soil\.mdx\)$/m);
    expect(urlOf(report, '/weather').citedBy).toEqual(['countries/KE']);
    expect(urlOf(report, '/green-seeds').citedBy).toEqual(['Green Seeds']);
  });

  it('finds a contact the page keeps, in whatever form the page writes it', () => {
    expect(contactOf(report, '0722 000 000', '/keep')?.status).toBe('found');
    expect(contactOf(report, '*544#', '/keep')?.status).toBe('found');
    expect(contactOf(report, 'help@shop.example', '/keep')?.status).toBe('found');
    expect(contactOf(report, '0722000000', '/international')?.status).toBe('found'); // page: +254 722 000 000
    expect(contactOf(report, '0722 000 000', '/leaflet.pdf')?.status).toBe('found'); // read with pdftotext
  });

  it('reports a number the page dropped or changed by one digit as missing', () => {
    expect(contactOf(report, '0722 000 000', '/drop')?.status).toBe('missing');
    expect(contactOf(report, '0722 000 000', '/one-digit')?.status).toBe('missing');
  });

  it('follows a redirect, records each hop, and reads the page it ends on', () => {
    const moved = urlOf(report, '/moved');
    expect(moved).toMatchObject({ outcome: 'ok', status: 200, finalUrl: `${server.origin}/new-home`, redirects: [`${server.origin}/new-home`] });
    expect(contactOf(report, '+254 722 000 000', '/moved')?.status).toBe('found'); // page: (0722) 000-000
  });

  it('records each failure, and leaves the contacts of an unread page unchecked', () => {
    expect(urlOf(report, '/gone')).toMatchObject({ outcome: 'http-error', status: 404, failures: 1 });
    expect(urlOf(report, '/broken')).toMatchObject({ outcome: 'http-error', status: 500 });
    expect(urlOf(report, '/busy')).toMatchObject({ outcome: 'http-error', status: 429 });
    expect(urlOf(report, '/hang').outcome).toBe('timeout');
    expect(urlOf(report, '/huge').outcome).toBe('too-large');
    expect(urlOf(report, '/private/page').outcome).toBe('robots');
    expect(urlOf(report, '/to-http')).toMatchObject({ outcome: 'not-https', redirects: [`http://127.0.0.1:${new URL(server.origin).port}/keep`] });
    for (const page of ['/gone', '/broken', '/busy', '/hang', '/huge', '/private/page', '/to-http']) expect(contactOf(report, '0722 000 000', page)?.status).toBe('unchecked');
  });

  it('never fetches what robots.txt disallows, nor an http address', () => {
    const paths = server.requests.map((r) => r.path);
    expect(paths).not.toContain('/private/page');
    expect(paths.filter((p) => p === '/keep')).toHaveLength(1); // the http redirect to /keep was not followed
  });

  it('records type, hash and time of a page it read, and compares no app', () => {
    expect(urlOf(report, '/keep')).toMatchObject({ outcome: 'ok', status: 200, contentType: 'text/html; charset=utf-8' });
    expect(urlOf(report, '/keep').hash).toMatch(/^[0-9a-f]{16}$/);
    expect(urlOf(report, '/leaflet.pdf').contentType).toBe('application/pdf');
    expect(contactOf(report, 'Watched Shop app', '/keep')?.status).toBe('not-compared');
  });

  it('names the site and the publisher in its user agent, and sends no cookie back', () => {
    expect(new Set(server.requests.map((r) => r.userAgent))).toEqual(new Set(['LockguideSourceWatch/1 (+https://garden.example/; garden-club@garden.example)']));
    expect(server.requests.every((r) => r.cookie === undefined)).toBe(true); // /moved set one
  });

  it('makes --strict fail, saying how many contacts are missing and sources unread; a clean report does not', () => {
    expect(strictFailure(report)).toBe('--strict: 2 contact(s) missing from their source page, 7 source address(es) not read');
    const allFound = { ...report, contacts: report.contacts.filter((c) => c.status !== 'missing') };
    expect(strictFailure(allFound)).toBe('--strict: 0 contact(s) missing from their source page, 7 source address(es) not read');
    expect(strictFailure({ ...allFound, urls: report.urls.filter((u) => u.outcome === 'ok') })).toBeUndefined();
  });

  it('says nothing changed on a first run, and shows a table', () => {
    expect(report.changes).toEqual([]);
    const table = terminalTable(report);
    expect(table).toMatch(new RegExp(`HTTP 404 +${server.origin}/gone`));
    expect(table).toMatch(/Watched Shop Kenya: number 0722 000 000 +missing/);
  });
});

describe('runs after the first', () => {
  it('say what changed: a number gone, a page moved, a source failing three runs in a row (once)', async () => {
    const reports = fs.mkdtempSync(path.join(path.dirname(content), 'reports-'));
    writeReport(reports, await run());
    server.pages.set('/keep', '<p>Write to help@shop.example. Dial *544#.</p>');
    server.redirects.set('/moved', '/newer-home');
    server.pages.set('/newer-home', '<p>0722 000 000</p>');
    const second = await run(readReport(reports));
    writeReport(reports, second);
    expect(fs.readFileSync(path.join(reports, 'sources.html'), 'utf8')).toContain('no longer on the source page');
    expect(second.changes).toContain(`Watched Shop Kenya: number 0722 000 000 no longer on the source page ${server.origin}/keep`);
    expect(second.changes).toContain(`${server.origin}/moved (cited by Watched Shop) moved to ${server.origin}/newer-home`);
    expect(second.changes.some((c) => c.includes('/gone') && c.includes('runs in a row'))).toBe(false);
    const third = await run(readReport(reports));
    expect(urlOf(third, '/gone').failures).toBe(3);
    expect(third.changes).toContain(`${server.origin}/gone (cited by Watched Shop) could not be read 3 runs in a row: HTTP 404`);
    writeReport(reports, third);
    const fourth = await run(readReport(reports));
    expect(urlOf(fourth, '/gone').failures).toBe(4);
    expect(fourth.changes.filter((c) => c.includes('/gone'))).toEqual([]); // said once, not on every run after
  });
});

describe('one page at a time', () => {
  const newFetcher = () => politeFetcher({ userAgent: 'test', robotsToken: 'LockguideSourceWatch', timeoutMs: 1000, maxBytes: 1024 * 1024, pauseMs: 0, maxRedirects: 5, loopbackHttp: true });

  it('a redirect to something that is not an address is a failure, not a crash', async () => {
    expect(await newFetcher()(`${server.origin}/bad-redirect`)).toMatchObject({ outcome: 'unreachable', status: 302, detail: 'a redirect to something that is not an address: https://[::1' });
  });

  it('robots.txt is followed through a redirect, as RFC 9309 asks', async () => {
    server.redirects.set('/robots.txt', '/robots-moved.txt');
    server.pages.set('/robots-moved.txt', 'User-agent: *\nDisallow: /keep\n');
    try {
      const fetcher = newFetcher();
      expect((await fetcher(`${server.origin}/keep`)).outcome).toBe('robots');
      expect((await fetcher(`${server.origin}/drop`)).outcome).toBe('ok');
    } finally {
      server.redirects.delete('/robots.txt');
    }
  });
});
