// The service worker. Everything it stores is named by the build's version, so two versions never
// share a cache. It serves what it has stored first (a slow connection gets saved pages at once),
// keeps a copy of every page the reader opens, saves a whole language on request, and brings saved
// copies to a newer version only when the reader asks, deleting the old copies only after the new
// ones are complete. The build writes in the version, the file lists and the words (build.ts).
import { formatDay } from '../i18n/format.ts';

declare const __VERSION__: string;
type Group = { files: [url: string, bytes: number][]; bytes: number };
/** Per language: the groups of files a save downloads (pages always; full text and PDFs if ticked). */
declare const __MANIFEST__: Record<string, Record<string, Group>>;
/** Per language: the page shown for a page that is not saved while offline, and the note on saved copies. */
declare const __LANGUAGES__: Record<string, { offlinePage: string; fromCopy: string }>;

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

const PREFIX = 'site-';
const own = (part: string) => `${PREFIX}${__VERSION__}-${part}`;
const SHELL = own('shell');
const VISITED = own('visited');
const saved = (lang: string) => own(`saved-${lang}`);
/** A saved language's cache holds this entry once every file is in: { day, groups } as JSON. */
const COMPLETE = '/__complete__';
const SAVED_AT = 'x-saved-at';
const today = () => new Date().toISOString().slice(0, 10);

const versionOf = (name: string) => name.slice(PREFIX.length).split('-')[0];
async function siteCaches() {
  return (await caches.keys()).filter((name) => name.startsWith(PREFIX));
}
/** This version's caches first, then older versions' (kept until this version's copies are complete). */
async function lookupOrder() {
  const names = await siteCaches();
  return [...names.filter((n) => versionOf(n) === __VERSION__), ...names.filter((n) => versionOf(n) !== __VERSION__)];
}

/** A copy of a response that remembers the day it was stored. */
async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, today());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** A saved page says so at the top, with the day it was saved. */
async function withNote(response: Response, url: URL): Promise<Response> {
  const lang = url.pathname.split('/')[1] ?? '';
  const words = __LANGUAGES__[lang];
  const day = response.headers.get(SAVED_AT);
  if (!words || !day || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const date = formatDay(day, lang);
  const html = (await response.text()).replace(/(<main\b[^>]*>)/, `$1<p class="note" data-offline-note>${words.fromCopy.replace('{date}', date)}</p>`);
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
    const page = __LANGUAGES__[lang]?.offlinePage ?? Object.values(__LANGUAGES__)[0]?.offlinePage;
    const kept = await (await caches.open(SHELL)).keys();
    const fallback = request.mode === 'navigate' ? ((page && (await caches.match(page))) || (kept.length > 0 ? await caches.match(kept.find((r) => r.url.endsWith('/offline/')) ?? kept[0]!) : undefined)) : undefined;
    if (fallback) return fallback;
    throw error;
  }
}

scope.addEventListener('install', (event) => {
  // The script that lists saved pages on the offline page; the page itself comes per language ('shell').
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(['/offline/ui.js']))
      .then(() => (scope.registration.active ? undefined : scope.skipWaiting())), // the first version starts at once
  );
});

/** Keeps the offline page of a language the reader reads, once: never all languages' on every first visit. */
async function keepOfflinePage(lang: string) {
  const page = __LANGUAGES__[lang]?.offlinePage;
  const cache = await caches.open(SHELL);
  if (page && !(await cache.match(page))) await cache.add(page);
}

scope.addEventListener('activate', (event) => {
  event.waitUntil(scope.clients.claim().then(removeOldIfComplete));
});

scope.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== scope.location.origin || url.pathname.endsWith('/sw.js')) return;
  event.respondWith(respond(event.request));
});

interface SaveRecord {
  day: string;
  groups: string[];
}
async function record(cacheName: string): Promise<SaveRecord | undefined> {
  const complete = await (await caches.open(cacheName)).match(COMPLETE);
  return complete ? ((await complete.json()) as SaveRecord) : undefined;
}
const filesOf = (lang: string, groups: string[]) => groups.flatMap((g) => __MANIFEST__[lang]?.[g]?.files ?? []);
const bytesOf = (files: [string, number][]) => files.reduce((sum, [, bytes]) => sum + bytes, 0);

/** Languages saved completely in an older version (with the groups they held), waiting to be brought to this one. */
async function languagesToUpdate(): Promise<[string, string[]][]> {
  const older = new Map<string, string[]>();
  for (const name of await siteCaches()) {
    const match = /^site-[^-]+-saved-(.+)$/.exec(name);
    const done = match && versionOf(name) !== __VERSION__ ? await record(name) : undefined;
    if (match && done) older.set(match[1]!, done.groups);
  }
  const pending: [string, string[]][] = [];
  for (const [lang, groups] of older) if (__MANIFEST__[lang] && !(await record(saved(lang)))) pending.push([lang, groups]);
  return pending;
}

/** Deletes older versions' caches, but only once this version holds every language they had saved. */
async function removeOldIfComplete() {
  if ((await languagesToUpdate()).length > 0) return;
  for (const name of await siteCaches()) if (versionOf(name) !== __VERSION__) await caches.delete(name);
}

/** Everything saved and every page kept from visits, of every version: the phone may not be the reader's. */
async function removeAllCopies() {
  for (const name of await siteCaches()) if (name !== SHELL) await caches.delete(name);
}

let download: AbortController | undefined;

/** Fetches files into a cache, three at a time, reporting the bytes done; a missing file is an error. */
async function fetchInto(cacheName: string, files: [string, number][], report: (done: number) => void, signal: AbortSignal) {
  const cache = await caches.open(cacheName);
  let done = 0;
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const response = await fetch(file[0], { cache: 'no-cache', signal });
      if (!response.ok) throw new Error(`${file[0]}: ${response.status}`);
      await cache.put(file[0], await stamped(response));
      report((done += file[1]));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}

async function markComplete(lang: string, groups: string[]) {
  await (await caches.open(saved(lang))).put(COMPLETE, new Response(JSON.stringify({ day: today(), groups } satisfies SaveRecord)));
}

async function saveLanguage(lang: string, groups: string[], port: MessagePort) {
  const files = filesOf(lang, groups);
  const total = bytesOf(files);
  download = new AbortController();
  try {
    await caches.delete(saved(lang)); // a new save replaces the old one whole, with the groups now chosen
    await fetchInto(saved(lang), files, (done) => port.postMessage({ type: 'progress', done, total }), download.signal);
    await markComplete(lang, groups);
    port.postMessage({ type: 'done' });
  } catch {
    await caches.delete(saved(lang)); // a saved copy is whole or absent
    port.postMessage({ type: download.signal.aborted ? 'cancelled' : 'failed' });
  }
}

/** Brings every saved language and every kept page to this version; the old copies stay until all is in. */
async function update(port: MessagePort) {
  download = new AbortController();
  const langs = await languagesToUpdate();
  const visited: [string, number][] = [];
  for (const name of await siteCaches()) {
    if (versionOf(name) === __VERSION__ || !name.endsWith('-visited')) continue;
    for (const request of await (await caches.open(name)).keys()) visited.push([request.url, 0]);
  }
  const total = langs.reduce((sum, [lang, groups]) => sum + bytesOf(filesOf(lang, groups)), 0);
  let before = 0;
  try {
    for (const [lang, groups] of langs) {
      const files = filesOf(lang, groups);
      await fetchInto(saved(lang), files, (done) => port.postMessage({ type: 'progress', done: before + done, total }), download.signal);
      await markComplete(lang, groups);
      before += bytesOf(files);
    }
    // Pages kept from visits: the ones this version still has come along; gone ones are dropped.
    const cache = await caches.open(VISITED);
    for (const [url] of visited) {
      const response = await fetch(url, { cache: 'no-cache', signal: download.signal });
      if (response.ok) await cache.put(url, await stamped(response));
    }
    port.postMessage({ type: 'done' });
  } catch {
    port.postMessage({ type: 'failed' }); // the old copies are untouched; this version's part-copies wait for a retry
  }
}

scope.addEventListener('message', (event) => {
  const [port] = event.ports;
  const { type, lang = '', groups = [] } = event.data;
  if (type === 'status' && port) {
    event.waitUntil(
      (async () => {
        const done = await record(saved(lang));
        port.postMessage({ saved: done?.day ?? null, needsUpdate: (await languagesToUpdate()).length > 0 });
      })(),
    );
  } else if (type === 'save' && port && __MANIFEST__[lang]) event.waitUntil(saveLanguage(lang, ['pages', ...groups.filter((g) => g !== 'pages')], port));
  else if (type === 'update' && port) event.waitUntil(update(port));
  else if (type === 'cancel') download?.abort();
  else if (type === 'remove') event.waitUntil(removeAllCopies().then(() => port?.postMessage({ type: 'removed' })));
  else if (type === 'activate') event.waitUntil(scope.skipWaiting());
  else if (type === 'cleanup') event.waitUntil(removeOldIfComplete());
  else if (type === 'shell') event.waitUntil(keepOfflinePage(lang));
});
