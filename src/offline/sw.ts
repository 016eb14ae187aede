// The service worker. Everything it stores is named by the build's version, so two versions never
// share a cache. It serves what it has stored first (a slow connection gets saved pages at once),
// keeps a copy of every page the reader opens, saves a whole language on request, and brings saved
// copies to a newer version only when the reader asks. A save is one download (a pack, pack.ts),
// checked whole before anything is kept; a saved copy counts only once it is complete, so a reader
// never reads half of one version and half of another. The build writes in the version, the packs
// and the words (build.ts).
import { fill, formatDay } from '../i18n/format.ts';
import { isSaveError, readPack, SAVED_AT, saveError, today, type Unpacked } from './unpack.ts';
import { COMPLETE, completeSaves, lookupOrder, own, record, SAVED, siteCaches, versionOf, type SaveRecord } from './caches.ts';

const SHELL = own('shell');
const VISITED = own('visited');

declare const __VERSION__: string;
type Pack = { url: string; bytes: number; size: number };
/** Per language: the pages pack, the full-text pack if there is one, and the PDFs' total. */
type Packs = Record<string, { pages: Pack; fullText?: Pack; pdfs: number }>;
/** Per language: the note on saved copies ("You are reading the copy saved on this phone on {date}."). */
declare const __FROM_COPY__: Record<string, string>;
/** The page shown, while offline, for a page that is not saved. */
const offlinePage = (lang: string) => `/${lang}/offline/`;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: { type: string; lang?: string; groups?: string[] };
  ports: readonly MessagePort[];
}
const scope = self as unknown as {
  location: Location;
  registration: { active: object | null };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
};

/** A copy of a response that remembers the day it was stored. */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, today());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** A saved page says so at the top, with the day it was saved. */
async function withNote(response: Response, url: URL): Promise<Response> {
  const lang = url.pathname.split('/')[1] ?? '';
  const note = __FROM_COPY__[lang];
  const day = response.headers.get(SAVED_AT);
  if (!note || !day || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const date = formatDay(day, lang);
  const html = (await response.text()).replace(/(<main\b[^>]*>)/, `$1<p class="note" data-offline-note>${fill(note, { date })}</p>`);
  return new Response(html, { status: response.status, headers: response.headers });
}

async function respond(request: Request): Promise<Response> {
  const url = new URL(request.url);
  for (const name of await lookupOrder()) {
    const hit = await (await caches.open(name)).match(request, { ignoreSearch: request.mode === 'navigate' }); // "/en/a-z/?q=…" is the A–Z page
    if (hit) return request.mode === 'navigate' ? withNote(hit, url) : hit;
  }
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await (await caches.open(VISITED)).put(request, await stamped(response.clone()));
    return response;
  } catch (error) {
    const lang = url.pathname.split('/')[1] ?? '';
    const page = offlinePage(lang in __FROM_COPY__ ? lang : Object.keys(__FROM_COPY__)[0]!);
    const kept = await (await caches.open(SHELL)).keys();
    const fallback = request.mode === 'navigate' ? ((await caches.match(page)) || (kept.length > 0 ? await caches.match(kept.find((r) => r.url.endsWith('/offline/')) ?? kept[0]!) : undefined)) : undefined;
    if (fallback) return fallback;
    throw error;
  }
}

scope.addEventListener('install', (event) => {
  event.waitUntil(scope.registration.active ? Promise.resolve() : scope.skipWaiting()); // the first version starts at once
});

/** Keeps the offline page of a language the reader reads, once: never all languages' on every first visit. */
async function keepOfflinePage(lang: string) {
  const cache = await caches.open(SHELL);
  if (lang in __FROM_COPY__ && !(await cache.match(offlinePage(lang)))) await cache.add(offlinePage(lang));
}

scope.addEventListener('activate', (event) => {
  event.waitUntil(scope.clients.claim().then(removeOldIfComplete));
});

scope.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== scope.location.origin || url.pathname.endsWith('/sw.js')) return;
  event.respondWith(respond(event.request));
});

/** This version's complete save of a language, if any. */
async function currentSave(lang: string) {
  const found = (await completeSaves()).find(([, version, l]) => version === __VERSION__ && l === lang);
  return found && { name: found[0], record: (await record(found[0]))! };
}

/** Languages saved completely in an older version (with the groups they held), waiting to be brought to this one. */
async function languagesToUpdate(): Promise<[string, string[]][]> {
  const saves = await completeSaves();
  const current = new Set(saves.filter(([, version]) => version === __VERSION__).map(([, , lang]) => lang));
  const pending = new Map<string, string[]>();
  for (const [name, version, lang] of saves) {
    if (version !== __VERSION__ && lang in __FROM_COPY__ && !current.has(lang) && !pending.has(lang)) pending.set(lang, (await record(name))!.groups);
  }
  return [...pending];
}

/** Deletes older versions' caches once this version holds every language they had saved, and unfinished saves. */
async function removeOldIfComplete() {
  const updating = (await languagesToUpdate()).length > 0;
  const keep = new Set((await completeSaves()).map(([name]) => name));
  for (const name of await siteCaches()) {
    if (SAVED.test(name) && !keep.has(name) && name !== writing) await caches.delete(name); // an interrupted save
    else if (!updating && versionOf(name) !== __VERSION__) await caches.delete(name);
  }
}

/** Everything saved and every page kept from visits, of every version: the phone may not be the reader's. */
async function removeAllCopies() {
  for (const name of await siteCaches()) if (name !== SHELL) await caches.delete(name);
}

let download: AbortController | undefined;
/** The cache a save is being written into: not yet complete, and not to be removed from under it. */
let writing: string | undefined;

/**
 * This version's packs, fetched when a save or an update starts: a list the worker would otherwise
 * carry to every first visit. Named by the version: a server that has a newer build answers 404.
 */
async function packList(signal: AbortSignal): Promise<Packs> {
  const response = await fetch(`/offline/packs.${__VERSION__}.json`, { cache: 'no-cache', signal });
  if (!response.ok) throw saveError('server', response.status);
  return (await response.json()) as Packs;
}

/** What a save of these parts sends, as the build measured it (brotli). */
function estimate(packs: Packs, lang: string, groups: string[]): number {
  const { pages, fullText, pdfs } = packs[lang]!;
  return pages.bytes + (groups.includes('fullText') ? (fullText?.bytes ?? 0) : 0) + (groups.includes('pdfs') ? pdfs : 0);
}

/**
 * Downloads, checks and keeps one language's chosen parts in a new cache, then marks it complete and
 * removes that language's earlier save of this version. Nothing is kept unless everything arrived whole.
 * `report` gets bytes done and in all; the total follows what the server says it sends.
 */
async function saveInto(packList: Packs, lang: string, groups: string[], report: (done: number, total: number) => void, signal: AbortSignal) {
  const packs = packList[lang]!;
  let total = estimate(packList, lang, groups);
  let done = 0;
  const unpacked: Unpacked[] = [];
  for (const pack of [packs.pages, ...(groups.includes('fullText') && packs.fullText ? [packs.fullText] : [])]) {
    const one = await readPack(pack, (part, sent) => report(done + part, total - pack.bytes + sent), signal);
    total += one.sent - pack.bytes;
    done += one.sent;
    unpacked.push(one);
  }
  const name = own(`saved-${lang}~${Date.now()}`);
  writing = name;
  try {
    const cache = await caches.open(name);
    for (const { files } of unpacked) for (const [url, response] of files) await keep(cache, url, response);
    for (const [url, bytes] of groups.includes('pdfs') ? unpacked[0]!.separate : []) {
      const response = await fetch(url, { cache: 'no-cache', signal });
      if (!response.ok) throw saveError('server', response.status);
      await keep(cache, url, await stamped(response));
      report((done += bytes), total);
    }
    await cache.put(COMPLETE, new Response(JSON.stringify({ day: today(), groups } satisfies SaveRecord)));
  } catch (error) {
    await caches.delete(name);
    throw error;
  } finally {
    writing = undefined;
  }
  for (const [other, version, l] of await completeSaves()) if (other !== name && version === __VERSION__ && l === lang) await caches.delete(other);
  return done;
}

/** Stores one response; a full phone is told as such. */
async function keep(cache: Cache, url: string, response: Response) {
  try {
    await cache.put(url, response);
  } catch (error) {
    throw (error as DOMException).name === 'QuotaExceededError' ? saveError('storage') : error;
  }
}

/** What went wrong, for the reader: the kind of fault (and a server's status). */
function failure(error: unknown, signal: AbortSignal) {
  if (signal.aborted) return { type: 'cancelled' };
  if (isSaveError(error)) return { type: 'failed', reason: error.reason, status: error.status };
  return { type: 'failed', reason: 'connection' }; // fetch rejects with a TypeError when the connection drops
}

async function saveLanguage(lang: string, groups: string[], port: MessagePort) {
  download = new AbortController();
  try {
    const packs = await packList(download.signal);
    await saveInto(packs, lang, groups, (done, total) => port.postMessage({ type: 'progress', done, total }), download.signal);
    port.postMessage({ type: 'done' });
  } catch (error) {
    port.postMessage(failure(error, download.signal)); // the earlier save, if any, is untouched
  }
}

/** Brings every saved language and every kept page to this version; the old copies stay until all is in. */
async function update(port: MessagePort) {
  download = new AbortController();
  const langs = await languagesToUpdate();
  const visited: string[] = [];
  for (const name of await siteCaches()) {
    if (versionOf(name) === __VERSION__ || !name.endsWith('-visited')) continue;
    for (const request of await (await caches.open(name)).keys()) visited.push(request.url);
  }
  let before = 0;
  try {
    const packs = await packList(download.signal);
    const total = langs.reduce((sum, [lang, groups]) => sum + estimate(packs, lang, groups), 0);
    for (const [lang, groups] of langs) {
      const mine = estimate(packs, lang, groups);
      before += await saveInto(packs, lang, groups, (done, all) => port.postMessage({ type: 'progress', done: before + done, total: total - mine + all }), download.signal);
    }
    // Pages kept from visits: the ones this version still has come along; gone ones are dropped.
    const cache = await caches.open(VISITED);
    for (const url of visited) {
      const response = await fetch(url, { cache: 'no-cache', signal: download.signal });
      if (response.ok) await cache.put(url, await stamped(response));
    }
    port.postMessage({ type: 'done' });
  } catch (error) {
    port.postMessage(failure(error, download.signal)); // the old copies are untouched and still served whole
  }
}

scope.addEventListener('message', (event) => {
  const [port] = event.ports;
  const { type, lang = '', groups = [] } = event.data;
  if (type === 'status' && port) {
    event.waitUntil(
      (async () => {
        const done = await currentSave(lang);
        port.postMessage({ saved: done?.record.day ?? null, needsUpdate: (await languagesToUpdate()).length > 0 });
      })(),
    );
  } else if (type === 'save' && port && lang in __FROM_COPY__) event.waitUntil(saveLanguage(lang, ['pages', ...groups.filter((g) => g !== 'pages')], port));
  else if (type === 'update' && port) event.waitUntil(update(port));
  else if (type === 'cancel') download?.abort();
  else if (type === 'remove') event.waitUntil(removeAllCopies().then(() => port?.postMessage({ type: 'removed' })));
  else if (type === 'activate') event.waitUntil(scope.skipWaiting());
  else if (type === 'cleanup') event.waitUntil(removeOldIfComplete());
  else if (type === 'shell') event.waitUntil(keepOfflinePage(lang));
});
