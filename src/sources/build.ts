// The source watch: visits every source address once, looks for each directory contact on its
// source page, and says what changed since the previous report.
import { COMPARED_TYPES, channelOnPage, pageIndex, type PageIndex } from './contact-match.ts';
import type { Sources, WatchedContact } from './collect.ts';
import { politeFetcher, type FetchOptions, type FetchOutcome } from './fetch-page.ts';
import { pageText, textHash } from './page-text.ts';

/** A fetch's outcome, or "unreadable": fetched, but its text could not be taken out (a broken PDF). */
export type UrlOutcome = FetchOutcome | 'unreadable';

export interface UrlReport {
  url: string;
  /** What cites it: articles (title and file) and directory entries. */
  citedBy: string[];
  outcome: UrlOutcome;
  status?: number;
  finalUrl: string;
  redirects: string[];
  contentType?: string;
  /** A fingerprint of the page's text, when it was read. */
  hash?: string;
  /** Why it could not be read, in a few words. */
  detail?: string;
  /** Runs in a row, this one included, in which it could not be read; 0 when it was. */
  failures: number;
  checkedAt: string;
}

/** found: on its source page; missing: not there; unchecked: the page could not be read; not-compared: a type described, not quoted (an app, an office). */
export type ContactStatus = 'found' | 'missing' | 'unchecked' | 'not-compared';

export interface ContactReport extends WatchedContact {
  status: ContactStatus;
}

export interface SourcesReport {
  generated: string;
  site: string;
  urls: UrlReport[];
  contacts: ContactReport[];
  /** What differs from the previous report, one sentence each. */
  changes: string[];
}

export interface WatchOptions extends Omit<FetchOptions, 'userAgent' | 'robotsToken'> {
  /** The publisher's contact, for the user agent; the site's address is always named. */
  publisherContact?: string;
  /** The report of the previous run, to say what changed. */
  previous?: SourcesReport;
  /** The time the run is stamped with (ISO). */
  now?: () => string;
}

/** The product token robots.txt groups may name to address the watch. */
export const ROBOTS_TOKEN = 'LockguideSourceWatch';

export function userAgent(siteUrl: string, contact?: string): string {
  return `${ROBOTS_TOKEN}/1 (+${siteUrl}${contact ? `; ${contact}` : ''})`;
}

/** Visits every address, hosts side by side and each host's pages one at a time. */
export async function watchSources(sources: Sources, options: WatchOptions): Promise<SourcesReport> {
  const now = options.now ?? (() => new Date().toISOString());
  const fetchPage = politeFetcher({ ...options, userAgent: userAgent(sources.site.url, options.publisherContact), robotsToken: ROBOTS_TOKEN });
  const previousUrls = new Map(options.previous?.urls.map((u) => [u.url, u]));
  const pages = new Map<string, PageIndex>();
  const urls = await Promise.all(
    [...sources.urls].map(async ([url, citedBy]): Promise<UrlReport> => {
      const page = await fetchPage(url);
      const checkedAt = now();
      const failed = page.outcome !== 'ok';
      const report: UrlReport = {
        url,
        citedBy,
        outcome: page.outcome,
        status: page.status,
        finalUrl: page.finalUrl,
        redirects: page.redirects,
        contentType: page.contentType,
        detail: page.detail,
        failures: failed ? (previousUrls.get(url)?.failures ?? 0) + 1 : 0,
        checkedAt,
      };
      if (!failed) {
        const text = await pageText(page.contentType, page.body!, options.timeoutMs).catch((error: Error) => {
          report.outcome = 'unreadable';
          report.detail = `its text could not be read: ${error.message.split('\n')[0]}`;
          report.failures = (previousUrls.get(url)?.failures ?? 0) + 1;
          return undefined;
        });
        if (text !== undefined) {
          report.hash = textHash(text);
          pages.set(url, pageIndex(text));
        }
      }
      return report;
    }),
  );
  const contacts = sources.contacts.map((contact): ContactReport => {
    if (!COMPARED_TYPES.includes(contact.type)) return { ...contact, status: 'not-compared' };
    const page = pages.get(contact.source);
    if (!page) return { ...contact, status: 'unchecked' };
    return { ...contact, status: channelOnPage(contact, page) ? 'found' : 'missing' };
  });
  const report: SourcesReport = { generated: now(), site: sources.site.url, urls, contacts, changes: [] };
  report.changes = changesSince(options.previous, report);
  return report;
}

const NUMBER_TYPES: readonly string[] = ['phone', 'whatsapp', 'shortcode'];

/** "Green Seeds Kenya: number 0700 000 001" */
export function contactLabel(contact: WatchedContact): string {
  const where = contact.country ? ` ${new Intl.DisplayNames(['en'], { type: 'region' }).of(contact.country) ?? contact.country}` : '';
  const what = NUMBER_TYPES.includes(contact.type) ? `${contact.type === 'whatsapp' ? 'WhatsApp ' : ''}number` : contact.type === 'ussd' ? 'USSD code' : contact.type === 'email' ? 'e-mail address' : contact.type === 'web' ? 'web address' : contact.type;
  return `${contact.organisation}${where}: ${what} ${contact.value}`;
}

/** "https://… (cited by Green Seeds and 2 more)" */
function urlLabel(url: UrlReport): string {
  const [first, ...others] = url.citedBy;
  return `${url.url} (cited by ${first}${others.length > 0 ? ` and ${others.length} more` : ''})`;
}

const IN_A_ROW = 3;

/** What a reader of two reports would notice, one sentence each; nothing on a first run. */
export function changesSince(previous: SourcesReport | undefined, current: SourcesReport): string[] {
  if (!previous) return [];
  const changes: string[] = [];
  const before = new Map(previous.urls.map((u) => [u.url, u]));
  for (const url of current.urls) {
    const was = before.get(url.url);
    if (!was) continue;
    if (url.outcome === 'ok' && was.outcome === 'ok' && url.finalUrl !== was.finalUrl) changes.push(`${urlLabel(url)} moved to ${url.finalUrl}`);
    else if (url.outcome === 'ok' && was.outcome === 'ok' && url.hash !== was.hash) changes.push(`${urlLabel(url)}: its text changed`);
    else if (url.outcome === 'ok' && was.outcome !== 'ok') changes.push(`${urlLabel(url)} can be read again`);
    // Said once, on the run that makes it three: a source that keeps failing needs replacing.
    if (url.failures === IN_A_ROW) changes.push(`${urlLabel(url)} could not be read ${IN_A_ROW} runs in a row: ${url.detail}`);
    else if (url.failures > 0 && was.outcome === 'ok') changes.push(`${urlLabel(url)} can no longer be read: ${url.detail}`);
  }
  const contactsBefore = new Map(previous.contacts.map((c) => [c.key, c]));
  for (const contact of current.contacts) {
    const was = contactsBefore.get(contact.key)?.status;
    if (was === 'found' && contact.status === 'missing') changes.push(`${contactLabel(contact)} no longer on the source page ${contact.source}`);
    if (was === 'missing' && contact.status === 'found') changes.push(`${contactLabel(contact)} is back on the source page ${contact.source}`);
  }
  return changes;
}
