// Fetches one source page politely and safely: https only, redirects followed by hand (each hop
// recorded, none to http), robots.txt respected, a time-out, a size limit, no cookies, one request
// at a time per host with a pause between them.
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, robotsAllow, type RobotsRules } from './robots.ts';

/** What became of a fetch. "ok" is a 2xx answer read in full. */
export type FetchOutcome = 'ok' | 'http-error' | 'not-https' | 'robots' | 'timeout' | 'too-large' | 'unreachable' | 'too-many-redirects';

export interface FetchedPage {
  url: string;
  outcome: FetchOutcome;
  /** The last HTTP status, when an answer came. */
  status?: number;
  /** Where the redirects ended (the url itself when none). */
  finalUrl: string;
  /** Each address after the first, in order. */
  redirects: string[];
  contentType?: string;
  /** The body, when the outcome is "ok". */
  body?: Uint8Array;
  /** Why, in a few words, when the outcome is not "ok". */
  detail?: string;
}

export interface FetchOptions {
  /** Sent with every request: names the site and the publisher's contact. */
  userAgent: string;
  /** The product token robots.txt groups are matched against. */
  robotsToken: string;
  timeoutMs: number;
  maxBytes: number;
  /** Milliseconds between two requests to the same host. */
  pauseMs: number;
  maxRedirects: number;
  /**
   * For the tests only, never set by `npm run sources`: https addresses on 127.0.0.1 are fetched
   * over plain http, so a loopback fixture server can stand in for real sites. Every other rule
   * (https-only addresses and redirects, robots, limits) still applies to the addresses as written.
   */
  loopbackHttp?: boolean;
}

interface Answer {
  status: number;
  location?: string | undefined;
  contentType?: string | undefined;
  body?: Uint8Array;
  tooLarge?: boolean;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fetcher that keeps each origin's robots.txt rules and a queue of requests per host. */
export function politeFetcher(options: FetchOptions) {
  const robots = new Map<string, Promise<RobotsRules>>();
  const queues = new Map<string, Promise<unknown>>();

  /** Runs `request` after every earlier request to `host`, and a pause after the last one ended. */
  function inTurn<T>(host: string, request: () => Promise<T>): Promise<T> {
    const previous = queues.get(host);
    const next = (previous ? previous.then(() => wait(options.pauseMs)) : Promise.resolve()).then(request);
    queues.set(host, next.catch(() => undefined));
    return next;
  }

  /** One GET, without following redirects, its body read up to the size limit, all within the time-out. */
  function get(url: URL): Promise<Answer> {
    const wire = options.loopbackHttp && url.hostname === '127.0.0.1' ? new URL(url.href.replace(/^https:/, 'http:')) : url;
    return inTurn(url.host, async () => {
      const response = await fetch(wire, {
        redirect: 'manual',
        credentials: 'omit',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5' },
      });
      const contentType = response.headers.get('content-type') ?? undefined;
      const location = response.headers.get('location') ?? undefined;
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        return { status: response.status, location, contentType };
      }
      if (Number(response.headers.get('content-length')) > options.maxBytes) {
        await response.body.cancel();
        return { status: response.status, contentType, tooLarge: true };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > options.maxBytes) return { status: response.status, contentType, tooLarge: true }; // leaving the loop cancels the rest
        chunks.push(chunk);
      }
      return { status: response.status, contentType, body: Buffer.concat(chunks) };
    });
  }

  /** The rules for an origin, as RFC 9309 reads them: redirects followed (5 at most), a missing file allows all, a failing one nothing. */
  async function readRobots(origin: string): Promise<RobotsRules> {
    let url = new URL('/robots.txt', origin);
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      const { status, location, body } = await get(url);
      if (status >= 300 && status < 400 && location) {
        url = new URL(location, url);
        if (url.protocol !== 'https:') return DISALLOW_ALL; // we read nothing over http
        continue;
      }
      if (status >= 200 && status < 300) return body ? parseRobots(Buffer.from(body).toString('utf8'), options.robotsToken) : ALLOW_ALL;
      return status >= 500 ? DISALLOW_ALL : ALLOW_ALL;
    }
    return ALLOW_ALL; // RFC 9309: after too many redirects, as if there were none
  }

  function robotsFor(url: URL): Promise<RobotsRules> {
    if (!robots.has(url.origin)) robots.set(url.origin, readRobots(url.origin).catch(() => DISALLOW_ALL));
    return robots.get(url.origin)!;
  }

  return async function fetchPage(address: string): Promise<FetchedPage> {
    const redirects: string[] = [];
    const result = (outcome: FetchOutcome, more: Partial<FetchedPage> = {}): FetchedPage => ({ url: address, outcome, finalUrl: redirects.at(-1) ?? address, redirects, ...more });
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      return result('unreachable', { detail: 'not a web address' });
    }
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'https:') return result('not-https', { detail: `${hop === 0 ? 'the address' : 'a redirect'} is not https: ${url.href}` });
      if (!robotsAllow(await robotsFor(url), url.pathname + url.search)) return result('robots', { detail: `robots.txt of ${url.host} asks robots not to read ${url.pathname}` });
      let answer: Answer;
      try {
        answer = await get(url);
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') return result('timeout', { detail: `no full answer within ${options.timeoutMs / 1000} s` });
        return result('unreachable', { detail: ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message });
      }
      const { status, location, contentType } = answer;
      if (status >= 300 && status < 400 && location) {
        if (hop >= options.maxRedirects) return result('too-many-redirects', { status, detail: `more than ${options.maxRedirects} redirects` });
        if (!URL.canParse(location, url)) return result('unreachable', { status, detail: `a redirect to something that is not an address: ${location}` });
        url = new URL(location, url);
        redirects.push(url.href);
        continue;
      }
      if (answer.tooLarge) return result('too-large', { status, contentType, detail: `larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB: not read` });
      if (status < 200 || status >= 300) return result('http-error', { status, contentType, detail: `HTTP ${status}` });
      return result('ok', { status, contentType, body: answer.body });
    }
  };
}
